// How many members match a filter: the list's total, reading one row.
import { useGetList } from "react-admin";

export function useMemberTotal(filter: Record<string, unknown>) {
  const { total, error } = useGetList("members", {
    filter,
    pagination: { page: 1, perPage: 1 },
    sort: { field: "name", order: "ASC" },
  });
  return { total, error };
}
