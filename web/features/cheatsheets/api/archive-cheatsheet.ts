import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

/** Takes the sheet out of the readers' list. */
export function archiveCheatSheet(id: string, input: { version: number }): Promise<CheatSheet> {
  return call(api.POST("/api/v1/cheatsheets/{id}/archive", { params: { path: { id } }, body: input }));
}

export function useArchiveCheatSheet(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number }) => archiveCheatSheet(id, input),
    onSuccess: (sheet) => sheetChanged(queryClient, sheet),
  });
}
