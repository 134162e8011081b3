// The analyst's map (issue 4): reports per port over a window on an offline base map, force
// shading, a weekly timeline, cross-port patterns, a port panel, and the same figures as a table.
import { useCallback, useMemo, useRef, useState } from "react";
import { Title, usePermissions, useTranslate } from "react-admin";
import type { Map as LeafletMap } from "leaflet";
import { Alert, Box, Grid, Typography } from "@mui/material";
import { suppressionForced, type Role } from "../../domain";
import {
  methodNote,
  protectedImageNotes,
} from "../../common/charts/protection";
import { ukPortsById } from "../../domain/reference/ukPorts";
import {
  daysOfRange,
  formatDayRange,
  windowInstants,
  windowWeeks,
} from "../../common/charts/analyticsWindow";
import { ForcesTable } from "./ForcesTable";
import { forceShading } from "./forceShading";
import { MapExportBar } from "./MapExportBar";
import { MapFilters } from "./MapFilters";
import { CategoryLegend, ShadingLegend } from "./MapLegends";
import { MapTimeline, type TimelineState } from "./MapTimeline";
import { PatternsPanel } from "./PatternsPanel";
import { PortPanel } from "./PortPanel";
import { portRows } from "./portRows";
import { PortsMap } from "./PortsMap";
import { PortsTable } from "./PortsTable";
import { useGeoLayers } from "./useGeoLayers";
import { usePatterns, usePortStats } from "./useMapData";
import { useMapFilters } from "./useMapFilters";
import { pageLayout } from "../../common/charts/pageLayout";

export function MapPage() {
  const translate = useTranslate();
  const { permissions } = usePermissions<Role[]>();
  const forced = suppressionForced(permissions ?? []);
  const { filters, update, now } = useMapFilters();
  const [timeline, setTimeline] = useState<TimelineState>({
    week: null,
    playing: false,
  });
  const [selectedPortId, setSelectedPortId] = useState<string | null>(null);
  const [selectedPatternId, setSelectedPatternId] = useState<string | null>(
    null,
  );
  const mapRef = useRef<LeafletMap | null>(null);

  const weeks = useMemo(() => windowWeeks(filters.window), [filters.window]);
  const shown =
    (timeline.week !== null && weeks[timeline.week]) || filters.window;
  const range = windowInstants(shown);
  const geo = useGeoLayers();
  const stats = usePortStats(filters, shown);
  const patterns = usePatterns(filters.window, filters);
  const shading = useMemo(
    () => (filters.shadeForces && stats.data ? forceShading(stats.data) : null),
    [filters.shadeForces, stats.data],
  );
  const rows = useMemo(
    () => (stats.data ? portRows(stats.data, ukPortsById) : []),
    [stats.data],
  );
  const patternList = patterns.data?.data ?? [];

  const onTimeline = useCallback(
    (state: TimelineState) => setTimeline(state),
    [],
  );
  const changeFilters = (changes: Parameters<typeof update>[0]) => {
    if (changes.window) setTimeline({ week: null, playing: false });
    update(changes);
  };

  // Describe the figures on screen, which during a change are still the previous window's.
  const period = formatDayRange(stats.data ? daysOfRange(stats.data) : shown);
  const suppressed = stats.data?.suppression.applied ?? false;
  const footnotes = [
    translate("analytics.map.period", { period }),
    // The method and the day the picture was made, so a shared PNG says how it was protected.
    ...protectedImageNotes(stats.data?.suppression, translate),
  ];
  const selectedPort = selectedPortId
    ? ukPortsById.get(selectedPortId)
    : undefined;

  return (
    <Box sx={pageLayout}>
      <Title title={translate("analytics.map.title")} />
      <MapFilters
        filters={filters}
        update={changeFilters}
        now={now}
        suppressionForced={forced}
      />
      <MapTimeline weeks={weeks} state={timeline} onChange={onTimeline} />
      {stats.error && <Alert severity="error">{stats.error.message}</Alert>}
      {geo.error && <Alert severity="error">{geo.error.message}</Alert>}
      <Typography variant="body2" sx={{ mb: 1 }} aria-live="polite">
        {stats.data
          ? translate("analytics.map.summary", {
              period,
              total: stats.data.total ?? "<5",
            })
          : translate("ra.page.loading")}
        {suppressed && ` ${methodNote(stats.data?.suppression, translate)}`}
        {stats.isPlaceholderData && ` ${translate("analytics.updating")}`}
      </Typography>
      <Grid container spacing={2}>
        <Grid size={{ xs: 12, lg: 8 }}>
          {geo.data && stats.data ? (
            <PortsMap
              mapRef={mapRef}
              geo={geo.data}
              stats={stats.data}
              ports={ukPortsById}
              shading={shading}
              patterns={patternList}
              selectedPatternId={selectedPatternId}
              selectedPortId={selectedPortId}
              onSelectPort={setSelectedPortId}
              label={translate("analytics.map.mapLabel", { period })}
            />
          ) : (
            <Box sx={{ height: 560, bgcolor: "action.hover" }} />
          )}
          {stats.data && <CategoryLegend categories={stats.data.categories} />}
          {shading && <ShadingLegend shading={shading} />}
        </Grid>
        <Grid size={{ xs: 12, lg: 4 }}>
          {selectedPort && (
            <PortPanel
              port={selectedPort}
              counts={stats.data?.ports.find(
                (p) => p.portId === selectedPort.id,
              )}
              categories={stats.data?.categories ?? []}
              range={range}
              filters={filters}
              onClose={() => setSelectedPortId(null)}
            />
          )}
          {patterns.canList && (
            <PatternsPanel
              patterns={patternList}
              error={patterns.error}
              isPending={patterns.isPending}
              listedWith={patterns.query}
              ports={ukPortsById}
              selectedId={selectedPatternId}
              onSelect={setSelectedPatternId}
            />
          )}
        </Grid>
      </Grid>
      <MapExportBar
        mapRef={mapRef}
        snapshot={
          geo.data && stats.data
            ? {
                geo: geo.data,
                stats: stats.data,
                ports: ukPortsById,
                shading,
                patterns: patternList,
                selectedPatternId,
              }
            : null
        }
        query={stats.query}
        shown={shown}
        footnotes={footnotes}
      />
      {stats.data && (
        <Box
          component="section"
          aria-label={translate("analytics.map.tablesLabel")}
        >
          <PortsTable
            stats={stats.data}
            rows={rows}
            caption={translate("analytics.map.portsCaption", { period })}
            selectedPortId={selectedPortId}
            onSelectPort={setSelectedPortId}
          />
          {filters.shadeForces && (
            <Box sx={{ mt: 2 }}>
              <ForcesTable
                forces={stats.data.forces}
                caption={translate("analytics.map.forcesCaption", { period })}
              />
            </Box>
          )}
        </Box>
      )}
    </Box>
  );
}
