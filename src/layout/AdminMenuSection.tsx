// The administrator's part of the menu: accounts, the audit log and the SLA settings, each
// shown only to those the shared permission table lets change them.
import { Menu, useCanAccess } from "react-admin";
import SettingsIcon from "@mui/icons-material/SettingsOutlined";

export function AdminMenuSection() {
  const { canAccess: canEditSettings } = useCanAccess({
    resource: "settings",
    action: "edit",
  });
  return (
    <>
      <Menu.ResourceItem name="accounts" />
      <Menu.ResourceItem name="audit" />
      {canEditSettings && (
        <Menu.Item
          to="/settings"
          primaryText="security.settings.menu"
          leftIcon={<SettingsIcon />}
        />
      )}
    </>
  );
}
