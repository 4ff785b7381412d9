import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet, SheetActionInput } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

/** Hands the working copy to a reviewer. */
export function submitCheatSheet(id: string, input: SheetActionInput): Promise<CheatSheet> {
  return call(api.POST("/api/v1/cheatsheets/{id}/submit", { params: { path: { id } }, body: input }));
}

export function useSubmitCheatSheet(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: SheetActionInput) => submitCheatSheet(id, input),
    onSuccess: (sheet) => sheetChanged(queryClient, sheet),
  });
}
