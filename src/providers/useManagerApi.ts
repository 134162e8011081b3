// The data provider with the managers' commands, typed (see managerMethods.ts). Going through
// react-admin's useDataProvider means a 401 from any of them signs the user out.
import { useDataProvider } from "react-admin";
import type { ManagerDataProvider } from "./managerMethods";

export function useManagerApi(): ManagerDataProvider {
  return useDataProvider<ManagerDataProvider>();
}
