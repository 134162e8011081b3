// The trends page's controls: window and interval, then the port, nation, force, tier and
// channel filters, the previous-period comparison and "safe to share".
import { useTranslate } from "react-admin";
import {
  FormControlLabel,
  MenuItem,
  Stack,
  Switch,
  TextField,
} from "@mui/material";
import {
  statsIntervals,
  type Channel,
  type Nation,
  type StatsInterval,
} from "../../domain";
import { ukPorts } from "../../domain/reference/ukPorts";
import {
  channelChoices,
  nationChoices,
  portTierChoices,
} from "../../common/choices";
import { MultiSelectFilter } from "../../common/charts/MultiSelectFilter";
import { SafeToShareSwitch } from "../../common/charts/SafeToShareSwitch";
import { WindowFilter } from "../../common/charts/WindowFilter";
import type { TrendsFilters as Filters } from "./useTrendsFilters";

const portOptions = [...ukPorts]
  .sort((a, b) => a.name.localeCompare(b.name, "en-GB"))
  .map((port) => ({ id: port.id, name: port.name }));
const forceOptions = [...new Set(ukPorts.map((p) => p.territorialPoliceForce))]
  .sort((a, b) => a.localeCompare(b, "en-GB"))
  .map((force) => ({ id: force, name: force }));
const tierOptions = portTierChoices.map((t) => ({
  id: String(t.id),
  name: t.name,
}));

export function TrendsFilters({
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
      sx={{ flexWrap: "wrap", alignItems: "center", mb: 2 }}
    >
      <WindowFilter
        value={filters.window}
        onChange={(window) => update({ window })}
        now={now}
      />
      <TextField
        select
        size="small"
        label={translate("analytics.trends.interval")}
        value={filters.interval}
        onChange={(event) =>
          update({ interval: event.target.value as StatsInterval })
        }
        sx={{ minWidth: 120, maxWidth: 160 }}
      >
        {statsIntervals.map((interval) => (
          <MenuItem key={interval} value={interval}>
            {translate(`analytics.trends.intervals.${interval}`)}
          </MenuItem>
        ))}
      </TextField>
      <MultiSelectFilter
        label={translate("resources.reports.fields.portId")}
        options={portOptions}
        value={filters.portId}
        onChange={(portId) => update({ portId })}
      />
      <MultiSelectFilter
        label={translate("resources.ports.fields.nation")}
        options={nationChoices}
        value={filters.nation}
        onChange={(nation) => update({ nation: nation as Nation[] })}
        minWidth={140}
      />
      <MultiSelectFilter
        label={translate("resources.ports.fields.territorialPoliceForce")}
        options={forceOptions}
        value={filters.force}
        onChange={(force) => update({ force })}
      />
      <MultiSelectFilter
        label={translate("resources.ports.fields.tier")}
        options={tierOptions}
        value={filters.tier}
        onChange={(tier) => update({ tier })}
        minWidth={120}
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
            checked={filters.compare}
            onChange={(event) => update({ compare: event.target.checked })}
          />
        }
        label={translate("analytics.trends.compare")}
      />
      <SafeToShareSwitch
        checked={filters.safe}
        forced={suppressionForced}
        onChange={(safe) => update({ safe })}
      />
    </Stack>
  );
}
