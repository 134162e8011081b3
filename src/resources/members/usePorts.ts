// All 118 reference ports (two pages of the API's maximum 100), for the territorial-force filter
// and the coverage page's names and map. Reference data: read once per session.
import { useQuery } from "@tanstack/react-query";
import { useDataProvider } from "react-admin";
import { maxPerPage, type Port } from "../../domain";

export function usePorts() {
  const dataProvider = useDataProvider();
  return useQuery<Port[]>({
    queryKey: ["ports", "all"],
    staleTime: Infinity,
    queryFn: async () => {
      const ports: Port[] = [];
      for (let page = 1; ; page++) {
        const { data, total } = await dataProvider.getList<Port>("ports", {
          pagination: { page, perPage: maxPerPage },
          sort: { field: "name", order: "ASC" },
          filter: {},
        });
        ports.push(...data);
        if (ports.length >= (total ?? 0) || data.length === 0) return ports;
      }
    },
  });
}

/** The territorial police forces of the reference ports, alphabetical. */
export function forceNames(ports: readonly Port[]): string[] {
  return [...new Set(ports.map((port) => port.territorialPoliceForce))].sort(
    (a, b) => a.localeCompare(b),
  );
}
