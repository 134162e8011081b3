// The administrators' custom pages, each loaded on first visit.
import { lazyPage } from "../common/lazyPage";

export const SlaSettingsPage = lazyPage(
  () => import("./settings/SlaSettingsPage"),
  "SlaSettingsPage",
);
