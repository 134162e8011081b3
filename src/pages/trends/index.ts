// The trends page, loaded on first visit: recharts lives only in this chunk (DESIGN.md §6).
import { lazyPage } from "../../common/lazyPage";

export const TrendsPage = lazyPage(() => import("./TrendsPage"), "TrendsPage");
