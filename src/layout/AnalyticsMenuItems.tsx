// The analyst's pages in the menu: the map and trends, for every role that may read report
// statistics (desk, analyst, manager: src/domain/permissions.ts). canAccess hides them from the rest.
import type { ReactElement } from "react";
import { Menu, useCanAccess } from "react-admin";
import MapIcon from "@mui/icons-material/MapOutlined";
import TrendsIcon from "@mui/icons-material/TimelineOutlined";

function StatsItem({
  to,
  label,
  icon,
}: {
  to: string;
  label: string;
  icon: ReactElement;
}) {
  const { canAccess } = useCanAccess({ resource: "stats", action: "list" });
  if (!canAccess) return null;
  return <Menu.Item to={to} primaryText={label} leftIcon={icon} />;
}

export function AnalyticsMenuItems() {
  return (
    <>
      <StatsItem to="/map" label="analytics.menu.map" icon={<MapIcon />} />
      <StatsItem
        to="/trends"
        label="analytics.menu.trends"
        icon={<TrendsIcon />}
      />
    </>
  );
}
