// The map works with no network beyond the PortSafe server: its base layer is the bundled
// GeoJSON. A raster tile server is optional configuration at build time, for networks that
// have one (see README, "Configuration"):
//   VITE_MAP_TILE_URL          e.g. https://tiles.example.police.uk/{z}/{x}/{y}.png
//   VITE_MAP_TILE_ATTRIBUTION  the tile provider's required credit
// The server's Content-Security-Policy allows images from its own origin only, so a tile host
// elsewhere must also be added to img-src, or the tiles be proxied through the same origin.
import type { LatLngBoundsExpression, LatLngExpression } from "leaflet";

export interface TileConfig {
  url: string;
  attribution: string;
}

export function tileConfig(): TileConfig | null {
  const url = import.meta.env.VITE_MAP_TILE_URL as string | undefined;
  if (!url) return null;
  return {
    url,
    attribution:
      (import.meta.env.VITE_MAP_TILE_ATTRIBUTION as string | undefined) ?? "",
  };
}

/** The licences of the bundled layers require (ONS, OGL v3) or invite (Natural Earth) these. */
export const onsAttribution =
  "Source: Office for National Statistics licensed under the Open Government Licence v.3.0. Contains OS data © Crown copyright and database right 2020.";
export const naturalEarthAttribution = "Made with Natural Earth";
export const portsAttribution =
  "Ports: World Port Index (NGA), UN/LOCODE (UNECE)";

export const ukCentre: LatLngExpression = [54.6, -3.2];
export const initialZoom = 5;
/** The box the bundled layers are clipped to (public/geo/SOURCES.md): there is nothing beyond it. */
export const geoBounds: LatLngBoundsExpression = [
  [48, -11.5],
  [61.5, 7.5],
];
