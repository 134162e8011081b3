// The map works with no network beyond the PortSafe server: its base layer is the bundled
// GeoJSON. A raster tile server is optional server configuration (MAP_TILE_URL and
// MAP_TILE_ATTRIBUTION, see README "Configuration"), which the map reads from
// GET /api/settings/map and the server's Content-Security-Policy allows in img-src.
import type { LatLngBoundsExpression, LatLngExpression } from "leaflet";

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
