// The Leaflet map: the offline base layers, force shading, pattern lines and port rings. SVG
// rendering rather than `preferCanvas`: every marker and area stays a DOM element that keyboard,
// screen reader and tests can reach; the PNG export redraws the view itself (mapSnapshot.ts).
import "leaflet/dist/leaflet.css";
import { useEffect, type Ref } from "react";
import type { Map as LeafletMap } from "leaflet";
import { MapContainer, useMap } from "react-leaflet";
import { Box } from "@mui/material";
import type { Port, ReviewedPattern, StatsPortsResponse } from "../../domain";
import { BaseLayers } from "./BaseLayers";
import type { ForceShading } from "./forceShading";
import {
  geoBounds,
  initialZoom,
  portsAttribution,
  ukCentre,
} from "./mapConfig";
import { PatternLines } from "./PatternLines";
import { PortMarkers } from "./PortMarkers";
import type { GeoLayers } from "./useGeoLayers";

export interface PortsMapProps {
  geo: GeoLayers;
  stats: StatsPortsResponse;
  ports: ReadonlyMap<string, Port>;
  shading: ForceShading | null;
  patterns: readonly ReviewedPattern[];
  selectedPatternId: string | null;
  selectedPortId: string | null;
  onSelectPort: (portId: string) => void;
  label: string;
  mapRef?: Ref<LeafletMap>;
}

/** Names the map for assistive technology; Leaflet's container is focusable for keyboard panning. */
function MapLabel({ label }: { label: string }) {
  const map = useMap();
  useEffect(() => {
    const container = map.getContainer();
    container.setAttribute("role", "region");
    container.setAttribute("aria-label", label);
    map.attributionControl?.addAttribution(portsAttribution);
    return () => {
      map.attributionControl?.removeAttribution(portsAttribution);
    };
  }, [map, label]);
  return null;
}

const mapStyles = {
  "& .portsafe-port-marker": { borderRadius: "50%" },
  "& .leaflet-container": { background: "#cfe3f2", fontFamily: "inherit" },
  // Leaflet's attribution text is 12px grey on translucent white: darken it for AA contrast.
  "& .leaflet-control-attribution": {
    background: "rgba(255, 255, 255, 0.92)",
    color: "#1a1a1a",
    fontSize: "11px",
    maxWidth: "70%",
  },
  "& .leaflet-control-attribution a": { color: "#12284c" },
};

export function PortsMap({
  geo,
  stats,
  ports,
  shading,
  patterns,
  selectedPatternId,
  selectedPortId,
  onSelectPort,
  label,
  mapRef,
}: PortsMapProps) {
  return (
    <Box sx={mapStyles}>
      <MapContainer
        ref={mapRef}
        center={ukCentre}
        zoom={initialZoom}
        minZoom={4}
        maxZoom={12}
        zoomSnap={0.5}
        maxBounds={geoBounds}
        style={{ height: 560, width: "100%" }}
      >
        <MapLabel label={label} />
        <BaseLayers geo={geo} shading={shading} />
        <PatternLines
          patterns={patterns}
          ports={ports}
          selectedId={selectedPatternId}
        />
        <PortMarkers
          stats={stats}
          ports={ports}
          selectedPortId={selectedPortId}
          onSelect={onSelectPort}
        />
      </MapContainer>
    </Box>
  );
}
