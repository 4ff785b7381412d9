import type { SearchHit as IndexHit } from "#server/kernel/search/search.ts";
import { SEARCH_KINDS, type SearchHit, type SearchKind } from "#shared/contracts/search.ts";

const LINKS: Record<SearchKind, (id: string) => string> = {
  cheatsheet: (id) => `/cheatsheets/${id}`,
  glossary_term: (id) => `/glossary/${id}`,
};

export const isSearchKind = (kind: string): kind is SearchKind => (SEARCH_KINDS as readonly string[]).includes(kind);

export function presentSearchHit(hit: IndexHit & { kind: SearchKind }, stale: boolean): SearchHit {
  return {
    kind: hit.kind,
    id: hit.recordId,
    title: hit.title,
    titleHtml: hit.titleHtml,
    snippetHtml: hit.snippetHtml,
    status: hit.status,
    tags: hit.tags,
    serviceIds: hit.serviceIds,
    link: LINKS[hit.kind](hit.recordId),
    stale,
    updatedAt: hit.updatedAt,
  };
}
