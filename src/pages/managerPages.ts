// The managers' custom pages, each loaded on first visit (recharts and Leaflet live in these
// chunks, keeping the initial bundle within DESIGN.md §6).
import { lazyPage } from "../common/lazyPage";

export const CoveragePage = lazyPage(
  () => import("./coverage/CoveragePage"),
  "CoveragePage",
);
export const PsemsFrameworkPage = lazyPage(
  () => import("./psems/PsemsFrameworkPage"),
  "PsemsFrameworkPage",
);
export const MemberReviewList = lazyPage(
  () => import("../resources/members/MemberReviewList"),
  "MemberReviewList",
);
