import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet, ApproveSheetInput } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

/** Publishes the draft under review; a 422 clarity_exception_required lists the findings to accept. */
export function approveCheatSheet(id: string, input: ApproveSheetInput): Promise<CheatSheet> {
  return call(api.POST("/api/v1/cheatsheets/{id}/approve", { params: { path: { id } }, body: input }));
}

export function useApproveCheatSheet(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ApproveSheetInput) => approveCheatSheet(id, input),
    onSuccess: (sheet) => sheetChanged(queryClient, sheet),
  });
}
