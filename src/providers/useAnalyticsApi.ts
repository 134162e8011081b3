// The data provider with the analytics reads, typed (see analyticsMethods.ts). Going through
// react-admin's useDataProvider means a 401 from any of them signs the user out.
import { useDataProvider } from "react-admin";
import type { AnalyticsDataProvider } from "./analyticsMethods";

export function useAnalyticsApi(): AnalyticsDataProvider {
  return useDataProvider<AnalyticsDataProvider>();
}
