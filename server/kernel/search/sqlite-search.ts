import { sql, type RawBuilder } from "kysely";
import { MARK_END, MARK_START } from "./highlight.ts";
import type { QueryTerm } from "./query-words.ts";
import { RANKED_CANDIDATES, scopeConditions, type ResolvedSearch, type SearchRow } from "./search-scope.ts";

/**
 * bm25 weight of a title word against a body word. bm25 saturates term
 * frequency, so only a weight this large keeps a title match above any
 * body-only match (a body would need the word about a hundred times per
 * average document length to catch up).
 */
const TITLE_WEIGHT = 1000;
/** Tokens in a snippet: about 20–30 words with the punctuation between. */
const SNIPPET_TOKENS = 24;
/**
 * Every word quoted — a string, never an operator; the words hold only
 * letters, digits and marks, so no quote can end one — the last as a prefix
 * (`"change" "req"*`); the words are ANDed.
 */
const matchExpression = (terms: QueryTerm[]) => terms.map((term) => `"${term.word}"${term.prefix ? "*" : ""}`).join(" ");

/**
 * Two passes over the FTS index, each one cursor. The first ranks the newest
 * matches (RANKED_CANDIDATES, by rowid, which FTS5 walks backwards for free).
 * Every extra MATCH cursor costs as much as the first (FTS5 gathers a
 * prefix's postings each time it starts), so the page of hits is not looked
 * up one rowid at a time: the second pass scans the rowid range of the page,
 * and highlight() and snippet() — which read and tokenize the text — run only
 * for those rows. CROSS JOIN fixes the join order: the page before any other
 * row lookup.
 */
export function sqliteSearchQuery(search: ResolvedSearch): RawBuilder<SearchRow> {
  const match = matchExpression(search.terms);
  const scope = scopeConditions(search, (column, probe) => sql`instr(${column}, ${probe}) > 0`);
  const candidates = Math.max(RANKED_CANDIDATES, search.offset + search.limit);
  return sql<SearchRow>`
    with page as materialized (
      select candidate.id, candidate.updated_at, candidate.relevance / (1.0 + candidate.relevance) as score
      from (
        select d.id, d.updated_at, -bm25(search_documents_fts, ${TITLE_WEIGHT}, 1.0) as relevance
        from search_documents_fts
        join search_documents d on d.id = search_documents_fts.rowid
        where search_documents_fts match ${match} and ${scope}
        order by search_documents_fts.rowid desc
        limit ${candidates}
      ) candidate
      order by score desc, candidate.updated_at desc, candidate.id
      limit ${search.limit} offset ${search.offset}
    )
    select d.kind, d.record_id, d.audience, d.title, d.status, d.tags, d.service_ids, d.updated_at, page.score,
      highlight(search_documents_fts, 0, ${MARK_START}, ${MARK_END}) as title_marked,
      snippet(search_documents_fts, 1, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as snippet_marked
    from search_documents_fts
    cross join page on page.id = search_documents_fts.rowid
    cross join search_documents d on d.id = page.id
    where search_documents_fts match ${match}
      and search_documents_fts.rowid between (select min(id) from page) and (select max(id) from page)
    order by page.score desc, page.updated_at desc, page.id`;
}
