// The PortSafe members at a port and where each stands with its PSeMS assessment.
import { Link, useGetList, useTranslate } from "react-admin";
import { List, ListItem, ListItemText, Typography } from "@mui/material";
import {
  assessmentStateLabels,
  memberTypeLabels,
  type Member,
} from "../../domain";

export function PortMembers({ portId }: { portId: string }) {
  const translate = useTranslate();
  const { data, total, isPending, error } = useGetList<Member>("members", {
    filter: { portId },
    pagination: { page: 1, perPage: 50 },
    sort: { field: "name", order: "ASC" },
  });
  if (isPending)
    return (
      <Typography variant="body2">{translate("ra.page.loading")}</Typography>
    );
  if (error)
    return (
      <Typography variant="body2" color="error">
        {translate("analytics.port.membersError")}
      </Typography>
    );
  if (!data || data.length === 0)
    return (
      <Typography variant="body2">
        {translate("analytics.port.noMembers")}
      </Typography>
    );
  return (
    <>
      <Typography variant="body2" sx={{ mb: 0.5 }}>
        {translate("analytics.port.memberCount", {
          smart_count: total ?? data.length,
        })}
      </Typography>
      <List dense disablePadding>
        {data.map((member) => (
          <ListItem key={member.id} disableGutters>
            <ListItemText
              primary={
                <Link to={`/members/${member.id}/show`}>{member.name}</Link>
              }
              secondary={`${memberTypeLabels[member.type]} · ${member.status === "active" ? translate("analytics.port.active") : translate("analytics.port.lapsed")} · PSeMS: ${assessmentStateLabels[member.assessmentState]}`}
            />
          </ListItem>
        ))}
      </List>
    </>
  );
}
