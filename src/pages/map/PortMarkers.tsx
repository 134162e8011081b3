// One marker per port with reports: a ring sized by its count and split by category, opening the
// port's panel on click. Rings are for the mouse: near ports overlap at national scale, so as
// keyboard targets they would be too small and too many (WCAG 2.5.8, 2.4.3). The ports table
// under the map is the keyboard and screen-reader way to the same panel (2.5.8's "equivalent").
// Ports with no reports are small plain dots.
import { useMemo } from "react";
import { divIcon } from "leaflet";
import { CircleMarker, Marker, Tooltip } from "react-leaflet";
import {
  categoryLabels,
  formatCount,
  type Port,
  type PortCounts,
  type ReportCategory,
  type StatsPortsResponse,
} from "../../domain";
import { markerRadius, portMarkerSvg } from "./portMarkerIcon";

interface PortMarkersProps {
  stats: StatsPortsResponse;
  ports: ReadonlyMap<string, Port>;
  selectedPortId: string | null;
  onSelect: (portId: string) => void;
}

/** "Dover: 123 reports" — what the marker is called for assistive technology. */
export function portMarkerName(port: Port, stats: PortCounts): string {
  const n = stats.total;
  const count =
    n === null ? "fewer than 5 reports" : `${n} report${n === 1 ? "" : "s"}`;
  return `${port.name}: ${count}`;
}

function TooltipBody({
  port,
  stats,
  categories,
}: {
  port: Port;
  stats: PortCounts;
  categories: readonly ReportCategory[];
}) {
  const rows = categories
    .map((category, i) => ({
      category,
      // null is "<5" and stays listed; only a missing column is 0.
      cell: stats.counts[i] === undefined ? 0 : stats.counts[i]!,
    }))
    .filter(({ cell }) => cell === null || cell > 0);
  return (
    <div>
      <strong>{portMarkerName(port, stats)}</strong>
      <ul style={{ margin: 0, paddingLeft: 16 }}>
        {rows.map(({ category, cell }) => (
          <li key={category}>
            {categoryLabels[category]}: {formatCount(cell)}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PortMarkers({
  stats,
  ports,
  selectedPortId,
  onSelect,
}: PortMarkersProps) {
  const maxTotal = Math.max(0, ...stats.ports.map((p) => p.total ?? 0));
  const markers = useMemo(
    () =>
      stats.ports.flatMap((portStats) => {
        const port = ports.get(portStats.portId);
        return port ? [{ port, portStats }] : [];
      }),
    [stats, ports],
  );
  return (
    <>
      {markers.map(({ port, portStats }) => {
        if (portStats.total === 0)
          return (
            <CircleMarker
              key={port.id}
              center={[port.lat, port.lon]}
              radius={3}
              interactive={false}
              pathOptions={{
                color: "#5f6b7a",
                weight: 1,
                fillColor: "#ffffff",
                fillOpacity: 1,
              }}
            />
          );
        const radius = markerRadius(portStats.total, maxTotal);
        const selected = port.id === selectedPortId;
        const icon = divIcon({
          html: portMarkerSvg(portStats, stats.categories, radius, selected),
          className: "portsafe-port-marker",
          iconSize: [2 * radius, 2 * radius],
          iconAnchor: [radius, radius],
        });
        return (
          <Marker
            // react-leaflet does not update a marker's title: a new count makes a new marker.
            key={`${port.id}:${portStats.total}`}
            position={[port.lat, port.lon]}
            icon={icon}
            title={portMarkerName(port, portStats)}
            keyboard={false}
            // Bigger rings under smaller ones would hide them: small counts sit on top.
            zIndexOffset={
              Math.round(1000 - radius * 10) + (selected ? 2000 : 0)
            }
            eventHandlers={{
              click: () => onSelect(port.id),
            }}
          >
            <Tooltip direction="top" offset={[0, -radius]}>
              <TooltipBody
                port={port}
                stats={portStats}
                categories={stats.categories}
              />
            </Tooltip>
          </Marker>
        );
      })}
    </>
  );
}
