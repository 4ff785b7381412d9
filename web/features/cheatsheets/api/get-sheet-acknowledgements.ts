import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { SheetAcknowledgementsSchema } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";

export type SheetAcknowledgements = z.infer<typeof SheetAcknowledgementsSchema>;

/** Per rep: which version they acknowledged and last read (managers only). */
export function getSheetAcknowledgements(id: string): Promise<SheetAcknowledgements> {
  return call(api.GET("/api/v1/cheatsheets/{id}/acknowledgements", { params: { path: { id } } }));
}

export const sheetAcknowledgementsQueryOptions = (id: string) =>
  queryOptions({ queryKey: ["cheatsheets", "history", id, "acknowledgements"], queryFn: () => getSheetAcknowledgements(id) });

export function useSheetAcknowledgements(id: string) {
  return useQuery(sheetAcknowledgementsQueryOptions(id));
}
