// The live PSeMS framework (step names, elements, review cycle) from the API: the names are data
// an admin may change, so screens read them here rather than from the domain's defaults.
import { useQuery } from "@tanstack/react-query";
import type { PsemsFramework } from "../../domain";
import { usePortSafeApi } from "../../providers/usePortSafeApi";

export const psemsFrameworkQueryKey = ["psems", "framework"] as const;

export function usePsemsFramework() {
  const api = usePortSafeApi();
  return useQuery<PsemsFramework>({
    queryKey: psemsFrameworkQueryKey,
    queryFn: () => api.getPsemsFramework(),
    // It changes rarely (an admin edit); the editor refreshes this key when it saves.
    staleTime: 5 * 60_000,
  });
}
