import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet, RequestChangesInput } from "#shared/contracts/cheatsheets.ts";
import { api } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

/** Sends the draft back to its author with a comment. */
export function requestChanges(id: string, input: RequestChangesInput): Promise<CheatSheet> {
  return api<CheatSheet>("POST", `/cheatsheets/${encodeURIComponent(id)}/request-changes`, input);
}

export function useRequestChanges(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RequestChangesInput) => requestChanges(id, input),
    onSuccess: (sheet) => sheetChanged(queryClient, sheet),
  });
}
