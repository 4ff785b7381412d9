import { queryOptions, useQuery } from "@tanstack/react-query";
import type { CheatSheetSummary } from "#shared/contracts/cheatsheets.ts";
import type { Page } from "#shared/contracts/common.ts";
import { api, call } from "#web/api-client.ts";

/** The cheat sheets about one service (readers get the published ones). */
export function getServiceCheatSheets(serviceId: string): Promise<Page<CheatSheetSummary>> {
  return call(api.GET("/api/v1/cheatsheets", { params: { query: { serviceId, limit: 50 } } }));
}

export const serviceCheatSheetsQueryOptions = (serviceId: string) =>
  queryOptions({ queryKey: ["cheatsheets", "list", "service", serviceId], queryFn: () => getServiceCheatSheets(serviceId) });

export function useServiceCheatSheets(serviceId: string) {
  return useQuery(serviceCheatSheetsQueryOptions(serviceId));
}
