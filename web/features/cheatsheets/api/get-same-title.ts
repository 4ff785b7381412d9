import { useQuery } from "@tanstack/react-query";
import type { CheatSheetSummary } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";

/** Published sheets with this title (ignoring case), other than `exceptId`: two sheets of one name confuse readers. */
export function useSameTitle(title: string, exceptId?: string) {
  const wanted = title.trim();
  return useQuery({
    queryKey: ["cheatsheets", "list", "same-title", wanted],
    queryFn: (): Promise<{ items: CheatSheetSummary[] }> => call(api.GET("/api/v1/cheatsheets", { params: { query: { title: wanted, status: "published", limit: 5 } } })),
    enabled: wanted.length > 0,
    select: (page) => page.items.filter((sheet) => sheet.id !== exceptId),
    staleTime: 30_000,
  });
}
