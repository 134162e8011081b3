// The sidebar: the desk's queue views and registers first (only for roles that read reports),
// then one entry per other resource. Menu.ResourceItem asks the authProvider's canAccess
// ({ action: "list" }) and renders nothing for a role that may not list the resource.
import { Menu as RaMenu } from "react-admin";
import { AdminMenuSection } from "./AdminMenuSection";
import { AnalyticsMenuItems } from "./AnalyticsMenuItems";
import { ManagerMenuSection } from "./ManagerMenuSection";
import { ReportsMenuSection } from "./ReportsMenuSection";

export function Menu() {
  return (
    <RaMenu>
      <RaMenu.DashboardItem />
      <ReportsMenuSection />
      <AnalyticsMenuItems />
      <RaMenu.ResourceItem name="members" />
      <RaMenu.ResourceItem name="assessments" />
      <ManagerMenuSection />
      <RaMenu.ResourceItem name="ports" />
      <AdminMenuSection />
    </RaMenu>
  );
}
