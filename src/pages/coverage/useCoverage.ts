// The coverage figures (GET /api/coverage): aggregates only, for managers and admins.
import { useQuery } from "@tanstack/react-query";
import type { Coverage } from "../../domain";
import { useManagerApi } from "../../providers/useManagerApi";

export function useCoverage() {
  const api = useManagerApi();
  return useQuery<Coverage>({
    queryKey: ["coverage"],
    queryFn: () => api.getCoverage(),
  });
}
