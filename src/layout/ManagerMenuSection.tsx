// The managers' part of the menu: the review worklist and the coverage page (managers and
// admins), and the PSeMS framework editor (admins). Each entry asks canAccess, so a role that
// the server would refuse never sees it.
import type { ReactElement } from "react";
import { Menu, useCanAccess } from "react-admin";
import EventBusyIcon from "@mui/icons-material/EventBusyOutlined";
import MapIcon from "@mui/icons-material/PieChartOutline";
import TuneIcon from "@mui/icons-material/TuneOutlined";

interface GatedItemProps {
  to: string;
  label: string;
  icon: ReactElement;
  resource: string;
  action: string;
}

function GatedItem({ to, label, icon, resource, action }: GatedItemProps) {
  const { canAccess } = useCanAccess({ resource, action });
  if (!canAccess) return null;
  return <Menu.Item to={to} primaryText={label} leftIcon={icon} />;
}

export function ManagerMenuSection() {
  return (
    <>
      <GatedItem
        to="/reviews"
        label="manager.menu.reviews"
        icon={<EventBusyIcon />}
        // The worklist is for those who record the reviews it lists.
        resource="assessments"
        action="create"
      />
      <GatedItem
        to="/coverage"
        label="manager.menu.coverage"
        icon={<MapIcon />}
        resource="coverage"
        action="list"
      />
      <GatedItem
        to="/psems"
        label="manager.menu.psems"
        icon={<TuneIcon />}
        resource="psems"
        action="edit"
      />
    </>
  );
}
