// The coverage figures (GET /api/coverage): aggregates only, for managers and admins.
import { useQuery } from "@tanstack/react-query";
import type { Coverage } from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";

export function useCoverage() {
  const api = usePortSafeApi();
  return useQuery<Coverage>({
    queryKey: ["coverage"],
    queryFn: () => api.getCoverage(),
  });
}
