// The data provider with the administrator's commands, typed (see adminMethods.ts). Going
// through react-admin's useDataProvider means a 401 from any of them signs the user out.
import { useDataProvider } from "react-admin";
import type { AdminDataProvider } from "./adminMethods";

export function useAdminApi(): AdminDataProvider {
  return useDataProvider<AdminDataProvider>();
}
