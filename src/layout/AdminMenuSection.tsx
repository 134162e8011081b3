// The administrator's part of the menu: accounts, the audit log and the SLA settings. The
// resources ask canAccess; the settings, outside the permission table, ask for the admin role.
import { Menu, usePermissions } from "react-admin";
import SettingsIcon from "@mui/icons-material/SettingsOutlined";
import type { Role } from "../domain";

export function AdminMenuSection() {
  const { permissions } = usePermissions<Role[]>();
  return (
    <>
      <Menu.ResourceItem name="accounts" />
      <Menu.ResourceItem name="audit" />
      {permissions?.includes("admin") && (
        <Menu.Item
          to="/settings"
          primaryText="security.settings.menu"
          leftIcon={<SettingsIcon />}
        />
      )}
    </>
  );
}
