import { queryOptions, useQuery } from "@tanstack/react-query";
import type { ClarityThresholds } from "#shared/contracts/clarity.ts";
import { api, call } from "#web/api-client.ts";

/** The workspace's clarity limits, from its settings (every member may read them). */
export async function getClarityThresholds(): Promise<ClarityThresholds> {
  return (await call(api.GET("/api/v1/settings"))).clarity;
}

export const clarityThresholdsQueryOptions = () =>
  queryOptions({ queryKey: ["settings", "clarity"], queryFn: getClarityThresholds, staleTime: 5 * 60_000 });

export function useClarityThresholds() {
  return useQuery(clarityThresholdsQueryOptions());
}
