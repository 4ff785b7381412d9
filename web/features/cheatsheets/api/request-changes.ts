import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet, RequestChangesInput } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

/** Sends the draft back to its author with a comment. */
export function requestChanges(id: string, input: RequestChangesInput): Promise<CheatSheet> {
  return call(api.POST("/api/v1/cheatsheets/{id}/request-changes", { params: { path: { id } }, body: input }));
}

export function useRequestChanges(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestChangesInput) => requestChanges(id, input),
    onSuccess: (sheet) => sheetChanged(queryClient, sheet),
  });
}
