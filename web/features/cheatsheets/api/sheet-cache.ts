import type { QueryClient } from "@tanstack/react-query";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { cheatSheetKey } from "./get-cheatsheet.ts";

/** After any change to a sheet: the answer is the new sheet; lists, counts and history may have moved. */
export async function sheetChanged(queryClient: QueryClient, sheet: CheatSheet): Promise<void> {
  queryClient.setQueryData(cheatSheetKey(sheet.id), sheet);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: ["cheatsheets", "list"] }),
    queryClient.invalidateQueries({ queryKey: ["cheatsheets", "stats"] }),
    queryClient.invalidateQueries({ queryKey: ["cheatsheets", "history", sheet.id] }),
    queryClient.invalidateQueries({ queryKey: ["search"] }),
  ]);
}
