// The data provider with its workflow commands, typed. Going through react-admin's
// useDataProvider means a 401 from any command signs the user out like any other request.
import { useDataProvider } from "react-admin";
import type { PortSafeDataProvider } from "./workflowMethods";

export function usePortSafeApi(): PortSafeDataProvider {
  return useDataProvider<PortSafeDataProvider>();
}
