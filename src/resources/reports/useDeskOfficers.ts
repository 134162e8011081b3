// The officers a report may be assigned to: users with the desk role.
import { useGetList } from "react-admin";
import type { UserSummary } from "../../domain";

export function useDeskOfficers() {
  const { data, isPending } = useGetList<UserSummary>("users", {
    filter: { role: "desk" },
    sort: { field: "displayName", order: "ASC" },
    pagination: { page: 1, perPage: 100 },
  });
  return { officers: data ?? [], isPending };
}
