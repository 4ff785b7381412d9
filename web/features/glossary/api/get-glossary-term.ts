import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GlossaryTermDetail } from "#shared/contracts/glossary.ts";
import { api, call } from "#web/api-client.ts";

export function getGlossaryTerm(id: string): Promise<GlossaryTermDetail> {
  return call(api.GET("/api/v1/glossary/{id}", { params: { path: { id } } }));
}

export const glossaryTermQueryOptions = (id: string) =>
  queryOptions({ queryKey: ["glossary", "detail", id], queryFn: () => getGlossaryTerm(id) });

export function useGlossaryTerm(id: string) {
  return useQuery(glossaryTermQueryOptions(id));
}
