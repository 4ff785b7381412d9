import { queryOptions, useQuery } from "@tanstack/react-query";
import type { VersionSummary } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";

export function getVersions(id: string): Promise<{ items: VersionSummary[] }> {
  return call(api.GET("/api/v1/cheatsheets/{id}/versions", { params: { path: { id } } }));
}

export const versionsQueryOptions = (id: string) =>
  queryOptions({ queryKey: ["cheatsheets", "history", id, "versions"], queryFn: () => getVersions(id) });

export function useVersions(id: string) {
  return useQuery(versionsQueryOptions(id));
}
