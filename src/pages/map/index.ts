// The map page, loaded on first visit: Leaflet and its CSS live only in this chunk (DESIGN.md §6).
import { lazyPage } from "../../common/lazyPage";

export const MapPage = lazyPage(() => import("./MapPage"), "MapPage");
