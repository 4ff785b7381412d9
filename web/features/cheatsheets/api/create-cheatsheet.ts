import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CheatSheet, CreateCheatSheetData } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { sheetChanged } from "./sheet-cache.ts";

export function createCheatSheet(input: CreateCheatSheetData): Promise<CheatSheet> {
  return call(api.POST("/api/v1/cheatsheets", { body: input }));
}

export function useCreateCheatSheet() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createCheatSheet, onSuccess: (sheet) => sheetChanged(queryClient, sheet) });
}
