import { queryOptions, useQuery } from "@tanstack/react-query";
import type { CheatSheetStats } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";

export function getCheatSheetStats(): Promise<CheatSheetStats> {
  return call(api.GET("/api/v1/cheatsheets/stats"));
}

export const cheatSheetStatsQueryOptions = () => queryOptions({ queryKey: ["cheatsheets", "stats"], queryFn: getCheatSheetStats });

export function useCheatSheetStats() {
  return useQuery(cheatSheetStatsQueryOptions());
}
