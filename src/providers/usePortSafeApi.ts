// The data provider with every command of the API, typed. Going through react-admin's
// useDataProvider means a 401 from any command signs the user out like any other request.
import { useDataProvider } from "react-admin";
import type { PortSafeDataProvider } from "./dataProvider";

export function usePortSafeApi(): PortSafeDataProvider {
  return useDataProvider<PortSafeDataProvider>();
}
