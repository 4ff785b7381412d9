import { sql, type RawBuilder } from "kysely";
import { MARK_END, MARK_START } from "./highlight.ts";
import { scopeConditions, scoreOf, type ResolvedSearch, type SearchRow } from "./search-scope.ts";

/** bm25 weight of a title word against a body word, for titles that hold only some of the words. */
const TITLE_WEIGHT = 10;
/** Tokens in a snippet: about 20–30 words with the punctuation between. */
const SNIPPET_TOKENS = 24;

/**
 * Every word as a quoted prefix (`"chan"* "req"*`): quoted, a word is a
 * string, never an operator, and the words are ANDed. The words contain only
 * letters, digits and marks (query-words.ts), so no quote can end the string.
 */
const matchExpression = (words: string[]) => words.map((word) => `"${word}"*`).join(" ");

/**
 * Ranks every match inside the workspace's scope — bm25 is cheap in FTS5, it
 * reads only the index — then highlights just the page of hits: snippet() and
 * highlight() read each document's text, which would cost on thousands of
 * matches. The title matches are one more lookup in the same index, made once.
 */
export function sqliteSearchQuery(search: ResolvedSearch): RawBuilder<SearchRow> {
  const match = matchExpression(search.words);
  const titleMatch = `title : (${match})`;
  const scope = scopeConditions(search, (column, probe) => sql`instr(${column}, ${probe}) > 0`);
  const inTitle = sql<number>`(d.id in (select rowid from search_documents_fts where search_documents_fts match ${titleMatch}))`;
  const relevance = sql<number>`(-bm25(search_documents_fts, ${TITLE_WEIGHT}, 1.0))`;
  return sql<SearchRow>`
    select d.kind, d.record_id, d.audience, d.title, d.status, d.tags, d.service_ids, d.updated_at, ranked.score,
      highlight(search_documents_fts, 0, ${MARK_START}, ${MARK_END}) as title_marked,
      snippet(search_documents_fts, 1, ${MARK_START}, ${MARK_END}, '…', ${SNIPPET_TOKENS}) as snippet_marked
    from (
      select d.id, d.updated_at, ${scoreOf(inTitle, relevance)} as score
      from search_documents_fts
      join search_documents d on d.id = search_documents_fts.rowid
      where search_documents_fts match ${match} and ${scope}
      order by score desc, d.updated_at desc, d.id
      limit ${search.limit} offset ${search.offset}
    ) ranked
    cross join search_documents_fts
    join search_documents d on d.id = ranked.id
    where search_documents_fts match ${match} and search_documents_fts.rowid = ranked.id
    order by ranked.score desc, ranked.updated_at desc, ranked.id`;
}
