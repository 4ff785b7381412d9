import { infiniteQueryOptions } from "@tanstack/react-query";
import type { CheatSheetStatus, CheatSheetSummary } from "#shared/contracts/cheatsheets.ts";
import type { Page } from "#shared/contracts/common.ts";
import { api, call } from "#web/api-client.ts";

export interface CheatSheetFilters {
  q?: string;
  status?: CheatSheetStatus;
  tag?: string;
  serviceId?: string;
  stale?: boolean;
}

export function getCheatSheets(filters: CheatSheetFilters, cursor?: string): Promise<Page<CheatSheetSummary>> {
  const { stale, ...rest } = filters;
  return call(api.GET("/api/v1/cheatsheets", { params: { query: { ...rest, stale: stale ? "true" : undefined, cursor, limit: 25 } } }));
}

export const cheatSheetsQueryOptions = (filters: CheatSheetFilters) =>
  infiniteQueryOptions({
    queryKey: ["cheatsheets", "list", filters],
    queryFn: ({ pageParam }) => getCheatSheets(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
