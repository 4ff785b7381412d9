import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

/** The old version's content becomes the working draft; nothing is published until reviewed. */
export function restoreVersion(id: string, number: number, version: number): Promise<CheatSheet> {
  return call(api.POST("/api/v1/cheatsheets/{id}/versions/{number}/restore", { params: { path: { id, number } }, body: { version } }));
}

export function useRestoreVersion(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ number, version }: { number: number; version: number }) => restoreVersion(id, number, version),
    onSuccess: (sheet) => sheetChanged(queryClient, sheet),
  });
}
