// The sidebar: one entry per resource. Menu.ResourceItem asks the authProvider's canAccess
// ({ action: "list" }) and renders nothing for a role that may not list the resource, so a
// manager never sees Reports.
import { Menu as RaMenu } from "react-admin";

export function Menu() {
  return (
    <RaMenu>
      <RaMenu.ResourceItem name="reports" />
      <RaMenu.ResourceItem name="members" />
      <RaMenu.ResourceItem name="assessments" />
      <RaMenu.ResourceItem name="ports" />
    </RaMenu>
  );
}
