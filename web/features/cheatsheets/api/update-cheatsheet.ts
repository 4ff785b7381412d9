import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet, UpdateCheatSheetInput } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

/** Editing a published sheet starts (or continues) the draft of its next version. */
export function updateCheatSheet(id: string, input: UpdateCheatSheetInput): Promise<CheatSheet> {
  return call(api.PATCH("/api/v1/cheatsheets/{id}", { params: { path: { id } }, body: input }));
}

export function useUpdateCheatSheet(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateCheatSheetInput) => updateCheatSheet(id, input),
    onSuccess: (sheet) => sheetChanged(queryClient, sheet),
  });
}
