import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

/** Confirms the published sheet is still right: it is no longer stale. */
export function verifyCheatSheet(id: string, input: { version: number }): Promise<CheatSheet> {
  return call(api.POST("/api/v1/cheatsheets/{id}/verify", { params: { path: { id } }, body: input }));
}

export function useVerifyCheatSheet(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { version: number }) => verifyCheatSheet(id, input),
    onSuccess: (sheet) => sheetChanged(queryClient, sheet),
  });
}
