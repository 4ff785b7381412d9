import { queryOptions, useQuery } from "@tanstack/react-query";
import type { GlossaryTerm } from "#shared/contracts/glossary.ts";
import { api, call } from "#web/api-client.ts";

// A glossary is a few hundred terms; the cap only guards against a runaway loop.
const MAX_PAGES = 10;

/** The whole glossary: choices for a sheet's terms, and what the clarity check looks for. */
export async function getTermOptions(): Promise<GlossaryTerm[]> {
  const terms: GlossaryTerm[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const result = await call(api.GET("/api/v1/glossary", { params: { query: { sort: "term", limit: 200, cursor } } }));
    terms.push(...result.items);
    if (!result.nextCursor) break;
    cursor = result.nextCursor;
  }
  return terms;
}

export const termOptionsQueryOptions = () =>
  queryOptions({ queryKey: ["glossary", "options", "cheatsheet-terms"], queryFn: getTermOptions, staleTime: 60_000 });

export function useTermOptions() {
  return useQuery(termOptionsQueryOptions());
}
