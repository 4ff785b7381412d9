import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GlossaryTermDetail } from "#shared/contracts/glossary.ts";
import { api } from "#web/api-client.ts";

export function getGlossaryTerm(id: string): Promise<GlossaryTermDetail> {
  return api<GlossaryTermDetail>("GET", `/glossary/${encodeURIComponent(id)}`);
}

export const glossaryTermQueryOptions = (id: string) =>
  queryOptions({ queryKey: ["glossary", "detail", id], queryFn: () => getGlossaryTerm(id) });

export function useGlossaryTerm(id: string) {
  return useQuery(glossaryTermQueryOptions(id));
}
