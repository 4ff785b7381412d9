import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

/** Brings an archived sheet back. */
export function unarchiveCheatSheet(id: string, input: { version: number }): Promise<CheatSheet> {
  return call(api.POST("/api/v1/cheatsheets/{id}/unarchive", { params: { path: { id } }, body: input }));
}

export function useUnarchiveCheatSheet(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number }) => unarchiveCheatSheet(id, input),
    onSuccess: (sheet) => sheetChanged(queryClient, sheet),
  });
}
