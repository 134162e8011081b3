// The analyst's trends (issue 5): insider-threat types first, then every category, over time by
// day, week or month; counts or share; compared with the previous period; spikes annotated; top
// ports and fastest-rising categories. Every chart has a table and PNG and CSV downloads, each
// recorded in the audit log.
import { Title, usePermissions, useTranslate } from "react-admin";
import {
  Alert,
  Box,
  Stack,
  ToggleButton,
  ToggleButtonGroup,
  Typography,
} from "@mui/material";
import { suppressionForced, type Role } from "../../domain";
import {
  methodNote,
  protectedImageNotes,
} from "../../common/charts/protection";
import { ukPortsById } from "../../domain/reference/ukPorts";
import {
  daysOfRange,
  formatDayRange,
} from "../../common/charts/analyticsWindow";
import { SummaryTables } from "./SummaryTables";
import { TimeseriesCard } from "./TimeseriesCard";
import { TrendsFilters } from "./TrendsFilters";
import {
  summaryQuery,
  useSpikes,
  useSummary,
  useTimeseries,
} from "./useTrendsData";
import {
  useTrendsFilters,
  type ChartForm,
  type Measure,
  type TrendsFilters as Filters,
} from "./useTrendsFilters";
import { pageLayout } from "../../common/charts/pageLayout";

/** The filters in words, for the chart descriptions and the PNG footnotes. */
function filterSummary(filters: Filters): string | null {
  const parts = [
    filters.portId.length > 0 &&
      `ports: ${filters.portId.map((id) => ukPortsById.get(id)?.name ?? id).join(", ")}`,
    filters.nation.length > 0 && `nation: ${filters.nation.join(", ")}`,
    filters.force.length > 0 && `force: ${filters.force.join(", ")}`,
    filters.tier.length > 0 && `tier: ${filters.tier.join(", ")}`,
    filters.channel.length > 0 && `channel: ${filters.channel.join(", ")}`,
  ].filter((p): p is string => Boolean(p));
  return parts.length > 0 ? `Filtered to ${parts.join("; ")}` : null;
}

export function TrendsPage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role[]>();
  const forced = suppressionForced(permissions ?? []);
  const { filters, update, now } = useTrendsFilters();
  const insider = useTimeseries(filters, "insiderType");
  const categories = useTimeseries(filters, "category");
  const summary = useSummary(filters);
  const spikes = useSpikes(filters);

  // Describe the figures on screen, which during a change are still the previous ones.
  const shownData = categories.data;
  const period = formatDayRange(
    shownData ? daysOfRange(shownData) : filters.window,
  );
  const per = translate(
    `analytics.trends.per.${shownData?.interval ?? filters.interval}`,
  );
  const updating = insider.isPlaceholderData || categories.isPlaceholderData;
  const measure = translate(`analytics.trends.measures.${filters.measure}`);
  const description = `${measure} ${per}, ${period} (UK time)`;
  const suppressed = Boolean(categories.data?.suppression.applied);
  const filtered = filterSummary(filters);
  const footnotes = [
    description,
    ...(filtered ? [filtered] : []),
    // The method and the day the picture was made, so a shared PNG says how it was protected.
    ...protectedImageNotes(categories.data?.suppression, translate),
    translate("analytics.trends.source"),
  ];

  return (
    <Box sx={pageLayout}>
      <Title title={translate("analytics.trends.title")} />
      <TrendsFilters
        filters={filters}
        update={update}
        now={now}
        suppressionForced={forced}
      />
      <Stack
        direction="row"
        spacing={2}
        useFlexGap
        sx={{ flexWrap: "wrap", mb: 2 }}
      >
        <ToggleButtonGroup
          size="small"
          exclusive
          value={filters.measure}
          onChange={(_, value: Measure | null) =>
            value && update({ measure: value })
          }
          aria-label={translate("analytics.trends.measure")}
        >
          <ToggleButton value="count">
            {translate("analytics.trends.measures.count")}
          </ToggleButton>
          <ToggleButton value="share">
            {translate("analytics.trends.measures.share")}
          </ToggleButton>
        </ToggleButtonGroup>
        <ToggleButtonGroup
          size="small"
          exclusive
          value={filters.form}
          onChange={(_, value: ChartForm | null) =>
            value && update({ form: value })
          }
          aria-label={translate("analytics.trends.form")}
        >
          <ToggleButton value="area">
            {translate("analytics.trends.forms.area")}
          </ToggleButton>
          <ToggleButton value="bars">
            {translate("analytics.trends.forms.bars")}
          </ToggleButton>
        </ToggleButtonGroup>
      </Stack>
      <Typography variant="body2" aria-live="polite" sx={{ mb: 1 }}>
        {updating
          ? translate("analytics.updating")
          : [description, filtered].filter(Boolean).join(". ")}
      </Typography>
      {suppressed && (
        <Alert severity="info" sx={{ mb: 2 }}>
          {methodNote(categories.data?.suppression, translate)}
        </Alert>
      )}
      <Stack spacing={2}>
        <TimeseriesCard
          title={translate("analytics.trends.insiderTitle")}
          slug="insider-threat-types"
          data={insider.data}
          error={insider.error}
          filters={filters}
          shown={filters.window}
          description={description}
          footnotes={footnotes}
          spikes={spikes.filter((p) => p.category === "insider_threat")}
        />
        <TimeseriesCard
          title={translate("analytics.trends.categoriesTitle")}
          slug="categories"
          data={categories.data}
          error={categories.error}
          filters={filters}
          shown={filters.window}
          description={description}
          footnotes={footnotes}
          spikes={spikes}
        />
        {summary.error && (
          <Alert severity="error">{summary.error.message}</Alert>
        )}
        {summary.data && (
          <SummaryTables
            data={summary.data}
            shown={filters.window}
            query={summaryQuery(filters)}
          />
        )}
        <Alert severity="info" variant="outlined">
          {translate("analytics.exportsAudited")}
        </Alert>
      </Stack>
    </Box>
  );
}
