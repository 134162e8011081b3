// The desk's part of the menu: one entry per queue view with how many reports it holds, every
// report, and the referral register. Hidden from roles that may not read reports.
import type { ReactElement } from "react";
import { Link, useCanAccess, useLocation, useTranslate } from "react-admin";
import { Box, ListItemIcon, MenuItem, Typography } from "@mui/material";
import AlarmIcon from "@mui/icons-material/AlarmOutlined";
import ArchiveIcon from "@mui/icons-material/ArchiveOutlined";
import FiberNewIcon from "@mui/icons-material/FiberNewOutlined";
import ForwardIcon from "@mui/icons-material/ForwardToInboxOutlined";
import InboxIcon from "@mui/icons-material/InboxOutlined";
import PauseIcon from "@mui/icons-material/PauseCircleOutline";
import PersonIcon from "@mui/icons-material/PersonOutline";
import PriorityIcon from "@mui/icons-material/PriorityHighOutlined";
import ReportIcon from "@mui/icons-material/ReportOutlined";
import { queueViewLabels, queueViews, type QueueView } from "../domain";
import { useQueueCounts } from "../resources/reports/useQueueCounts";
import { useQueueView } from "../resources/reports/useQueueView";

const viewIcons: Record<QueueView, ReactElement> = {
  unassessed: <FiberNewIcon />,
  mine: <PersonIcon />,
  overdue: <AlarmIcon />,
  immediate: <PriorityIcon />,
  on_hold: <PauseIcon />,
  open: <InboxIcon />,
  closed: <ArchiveIcon />,
};

interface SectionItemProps {
  to: string;
  icon: ReactElement;
  label: string;
  active: boolean;
  onClick?: () => void;
  count?: number;
  /** The count needs attention (e.g. overdue reports): shown bold and in the error colour. */
  urgent?: boolean;
}

function SectionItem({
  to,
  icon,
  label,
  active,
  onClick,
  count,
  urgent,
}: SectionItemProps) {
  const translate = useTranslate();
  return (
    <MenuItem
      component={Link}
      to={to}
      onClick={onClick}
      selected={active}
      // Every menu entry is a tab stop, as react-admin's own menu items are.
      tabIndex={0}
      aria-current={active ? "page" : undefined}
      // Spelled out for screen readers: "Overdue, 3 reports" rather than "Overdue3".
      aria-label={
        count === undefined
          ? undefined
          : `${label}, ${count.toLocaleString("en-GB")} ${translate("triage.menu.reports", { smart_count: count })}`
      }
      sx={{ color: active ? "text.primary" : "text.secondary" }}
    >
      <ListItemIcon sx={{ minWidth: 40 }}>{icon}</ListItemIcon>
      <Typography variant="inherit" noWrap sx={{ flexGrow: 1 }}>
        {label}
      </Typography>
      {count !== undefined && (
        <Typography
          component="span"
          variant="body2"
          sx={{
            ml: 1,
            fontWeight: urgent ? 700 : 400,
            color: urgent ? "error.main" : "inherit",
          }}
        >
          {count.toLocaleString("en-GB")}
        </Typography>
      )}
    </MenuItem>
  );
}

export function ReportsMenuSection() {
  const translate = useTranslate();
  const { pathname } = useLocation();
  const { canAccess: canReadReports } = useCanAccess({
    resource: "reports",
    action: "list",
  });
  const { canAccess: canReadReferrals } = useCanAccess({
    resource: "referrals",
    action: "list",
  });
  const { data: counts } = useQueueCounts(canReadReports === true);
  const { activeView, openQueueView } = useQueueView();
  if (!canReadReports) return null;
  const onQueue = pathname === "/reports";
  return (
    <>
      <Box
        component="li"
        role="separator"
        aria-label={translate("triage.menu.queues")}
        sx={{
          px: 2,
          pt: 1,
          pb: 0.5,
          typography: "overline",
          color: "text.secondary",
        }}
      >
        {translate("triage.menu.queues")}
      </Box>
      {queueViews.map((view) => (
        <SectionItem
          key={view}
          to="/reports"
          icon={viewIcons[view]}
          label={queueViewLabels[view]}
          active={onQueue && activeView === view}
          onClick={() => openQueueView(view)}
          count={counts?.[view]}
          urgent={view === "overdue" && (counts?.overdue ?? 0) > 0}
        />
      ))}
      <SectionItem
        to="/reports"
        icon={<ReportIcon />}
        label={translate("triage.menu.allReports")}
        active={onQueue && activeView === null}
        onClick={() => openQueueView(null)}
      />
      {canReadReferrals && (
        <SectionItem
          to="/referrals"
          icon={<ForwardIcon />}
          label={translate("triage.menu.referrals")}
          active={pathname.startsWith("/referrals")}
        />
      )}
      <Box
        component="li"
        role="separator"
        sx={{ my: 1, borderBottom: 1, borderColor: "divider" }}
      />
    </>
  );
}
