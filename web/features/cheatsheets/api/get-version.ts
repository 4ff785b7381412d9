import { queryOptions, useQuery } from "@tanstack/react-query";
import type { CheatSheetVersion } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";

export function getVersion(id: string, number: number): Promise<CheatSheetVersion> {
  return call(api.GET("/api/v1/cheatsheets/{id}/versions/{number}", { params: { path: { id, number } } }));
}

export const versionQueryOptions = (id: string, number: number) =>
  // A published version never changes.
  queryOptions({ queryKey: ["cheatsheets", "version", id, number], queryFn: () => getVersion(id, number), staleTime: Infinity });

export function useVersion(id: string, number: number | null) {
  return useQuery({ ...versionQueryOptions(id, number ?? 0), enabled: number !== null });
}
