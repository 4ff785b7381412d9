import { queryOptions, useQuery } from "@tanstack/react-query";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";

/** Opening a sheet records the caller's read receipt. */
export function getCheatSheet(id: string): Promise<CheatSheet> {
  return call(api.GET("/api/v1/cheatsheets/{id}", { params: { path: { id } } }));
}

export const cheatSheetKey = (id: string) => ["cheatsheets", "detail", id] as const;

export const cheatSheetQueryOptions = (id: string) => queryOptions({ queryKey: cheatSheetKey(id), queryFn: () => getCheatSheet(id) });

export function useCheatSheet(id: string) {
  return useQuery(cheatSheetQueryOptions(id));
}
