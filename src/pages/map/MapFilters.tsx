// The map's filters: window, category, insider type, status, channel; force shading; and
// "safe to share". Every change asks the server for a fresh aggregate.
import { useTranslate } from "react-admin";
import { FormControlLabel, Stack, Switch } from "@mui/material";
import {
  categoryChoices,
  channelChoices,
  insiderTypeChoices,
  reportStatusChoices,
} from "../../common/choices";
import { MultiSelectFilter } from "../../common/charts/MultiSelectFilter";
import { SafeToShareSwitch } from "../../common/charts/SafeToShareSwitch";
import { WindowFilter } from "../../common/charts/WindowFilter";
import type {
  Channel,
  InsiderType,
  ReportCategory,
  ReportStatus,
} from "../../domain";
import type { MapFilters as Filters } from "./useMapFilters";

export function MapFilters({
  filters,
  update,
  now,
  suppressionForced,
}: {
  filters: Filters;
  update: (changes: Partial<Filters>) => void;
  now: Date;
  suppressionForced: boolean;
}) {
  const translate = useTranslate();
  return (
    <Stack
      component="form"
      aria-label={translate("analytics.filters.label")}
      onSubmit={(event) => event.preventDefault()}
      direction="row"
      spacing={1}
      useFlexGap
      sx={{ flexWrap: "wrap", alignItems: "center", mb: 1 }}
    >
      <WindowFilter
        value={filters.window}
        onChange={(window) => update({ window })}
        now={now}
      />
      <MultiSelectFilter
        label={translate("resources.reports.fields.category")}
        options={categoryChoices}
        value={filters.category}
        onChange={(category) =>
          update({ category: category as ReportCategory[] })
        }
      />
      <MultiSelectFilter
        label={translate("resources.reports.fields.insiderType")}
        options={insiderTypeChoices}
        value={filters.insiderType}
        onChange={(insiderType) =>
          update({ insiderType: insiderType as InsiderType[] })
        }
      />
      <MultiSelectFilter
        label={translate("resources.reports.fields.status")}
        options={reportStatusChoices}
        value={filters.status}
        onChange={(status) => update({ status: status as ReportStatus[] })}
        minWidth={140}
      />
      <MultiSelectFilter
        label={translate("resources.reports.fields.channel")}
        options={channelChoices}
        value={filters.channel}
        onChange={(channel) => update({ channel: channel as Channel[] })}
        minWidth={140}
      />
      <FormControlLabel
        control={
          <Switch
            checked={filters.shadeForces}
            onChange={(event) => update({ shadeForces: event.target.checked })}
          />
        }
        label={translate("analytics.map.shadeForces")}
      />
      <SafeToShareSwitch
        checked={filters.safe}
        forced={suppressionForced}
        onChange={(safe) => update({ safe })}
      />
    </Stack>
  );
}
