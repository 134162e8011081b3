// Ports with active members on the offline base map, reusing the analysts' base layers (bundled
// coastline, land borders and police force areas; no tile server unless configured: DESIGN.md
// §3). Each marker is filled by coverage band AND prints its percentage, and carries a sentence for
// screen readers; the table beside the map has every figure. Loaded lazily, so Leaflet stays out
// of the initial bundle.
import { divIcon } from "leaflet";
import "leaflet/dist/leaflet.css";
import { MapContainer, Marker, Tooltip } from "react-leaflet";
import { Alert, Box } from "@mui/material";
import { BaseLayers } from "../map/BaseLayers";
import { useGeoLayers } from "../map/useGeoLayers";
import "./coverageMap.css";
import { coverageBand, formatShare, shareText } from "./coverageBands";

export interface PortMarker {
  portId: string;
  name: string;
  lat: number;
  lon: number;
  members: number;
  covered: number;
}

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => `&#${ch.charCodeAt(0)};`);

function markerIcon(port: PortMarker) {
  const band = coverageBand(port.covered, port.members);
  const size = 28 + Math.min(14, port.members * 2);
  return divIcon({
    className: `coverage-marker coverage-marker--${band}`,
    iconSize: [size, size],
    // The visible percentage is for the eye; the hidden sentence says the same in full for a
    // screen reader reading the figure.
    html: `<span aria-hidden="true">${formatShare(port.covered / port.members)}</span><span class="visually-hidden">${escapeHtml(
      `${port.name}: ${shareText(port.covered, port.members)} covered`,
    )}</span>`,
  });
}

export default function CoverageMap({
  ports,
  label,
}: {
  ports: readonly PortMarker[];
  label: string;
}) {
  const { data: geo, error } = useGeoLayers();
  return (
    <Box component="figure" aria-label={label} sx={{ m: 0 }}>
      {error && <Alert severity="warning">{error.message}</Alert>}
      <MapContainer
        center={[54.6, -3.2]}
        zoom={5}
        minZoom={4}
        maxZoom={11}
        style={{ height: 560, width: "100%", background: "#dbe7f0" }}
      >
        {geo && <BaseLayers geo={geo} shading={null} />}
        {ports.map((port) => (
          <Marker
            key={port.portId}
            position={[port.lat, port.lon]}
            icon={markerIcon(port)}
            // Overlapping markers cannot each be a 24 px target (WCAG 2.5.8): the mouse gets a
            // tooltip, keyboard and screen-reader users the same figures in the port table.
            keyboard={false}
          >
            <Tooltip>
              {port.name}: {shareText(port.covered, port.members)} covered
            </Tooltip>
          </Marker>
        ))}
      </MapContainer>
    </Box>
  );
}
