// Analyst: cross-port patterns of the last 90 days nobody has reviewed yet, strongest first.
import { useQuery } from "@tanstack/react-query";
import { useTranslate } from "react-admin";
import { List, ListItem, ListItemText, Typography } from "@mui/material";
import { patternKindLabels } from "../../domain";
import {
  presetWindow,
  windowInstants,
} from "../../common/charts/analyticsWindow";
import { usePortSafeApi } from "../../providers/usePortSafeApi";
import { DashboardCard, Figure } from "./DashboardCard";

export function NewPatternsWidget({ now }: { now: Date }) {
  const translate = useTranslate();
  const api = usePortSafeApi();
  const query = {
    ...windowInstants(presetWindow("90", now)),
    review: "new" as const,
  };
  const { data, error } = useQuery({
    queryKey: ["analytics", "patterns", query],
    queryFn: () => api.getPatterns(query),
  });
  return (
    <DashboardCard
      title={translate("analytics.dashboard.newPatterns")}
      link={{ to: "/map", label: translate("analytics.dashboard.openMap") }}
    >
      {error && <Typography color="error">{error.message}</Typography>}
      {!data && !error && (
        <Typography variant="body2">{translate("ra.page.loading")}</Typography>
      )}
      {data && (
        <>
          <Figure
            value={String(data.total)}
            label={translate("analytics.dashboard.newPatternsLabel", {
              smart_count: data.total,
            })}
            urgent={data.total > 0}
          />
          <List dense disablePadding>
            {data.data.slice(0, 5).map((pattern) => (
              <ListItem key={pattern.id} disableGutters>
                <ListItemText
                  primary={pattern.title}
                  secondary={`${patternKindLabels[pattern.kind]} · ${pattern.why}`}
                />
              </ListItem>
            ))}
          </List>
        </>
      )}
    </DashboardCard>
  );
}
