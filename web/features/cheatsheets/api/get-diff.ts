import { queryOptions, useQuery } from "@tanstack/react-query";
import type { VersionDiff } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";

export type DiffTarget = number | "draft";

export function getDiff(id: string, from: number, to: DiffTarget): Promise<VersionDiff> {
  return call(api.GET("/api/v1/cheatsheets/{id}/diff", { params: { path: { id }, query: { from, to } } }));
}

export const diffQueryOptions = (id: string, from: number, to: DiffTarget) =>
  queryOptions({ queryKey: ["cheatsheets", "history", id, "diff", from, to], queryFn: () => getDiff(id, from, to) });

export function useDiff(id: string, from: number | null, to: DiffTarget | null) {
  return useQuery({ ...diffQueryOptions(id, from ?? 0, to ?? 0), enabled: from !== null && to !== null });
}
