import { sql, type RawBuilder } from "kysely";
import { LESS_THAN_STAND_IN, MARK_END, MARK_START } from "./highlight.ts";
import type { QueryTerm } from "./query-words.ts";
import { RANKED_CANDIDATES, scopeConditions, type ResolvedSearch, type SearchRow } from "./search-scope.ts";

/** ts_rank weights for D, C, B, A: titles are A, bodies B. */
const RANK_WEIGHTS = "{0.02, 0.04, 0.2, 1.0}";

const TITLE_HEADLINE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const SNIPPET_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=18, ShortWord=3`;

/**
 * The words ANDed, the last as a prefix (`change & req:*`), stemmed by the
 * english configuration like the documents; a stop word ("the", "of") is
 * dropped, as it was from the documents. The words hold only letters, digits
 * and marks (query-words.ts), so to_tsquery sees no operators; they are bound
 * as parameters all the same.
 */
function tsQuery(terms: QueryTerm[]): RawBuilder<unknown> {
  const parts = terms.map((term) => sql`to_tsquery('english', ${term.prefix ? `${term.word}:*` : term.word})`);
  return sql`(${sql.join(parts, sql` && `)})`;
}

/**
 * 1 when the title (the A-weighted part of the vector) holds every word, plus
 * ts_rank folded into [0, 1). Weights alone do not keep title matches first:
 * ts_rank folds many nearby body occurrences towards its maximum of 1.
 */
function score(query: RawBuilder<unknown>): RawBuilder<number> {
  const rank = sql`ts_rank(${RANK_WEIGHTS}::float4[], d.search_vector, ${query})`;
  return sql<number>`(case when ts_filter(d.search_vector, '{a}') @@ ${query} then 1.0 else 0.0 end + ${rank} / (1.0 + ${rank}))`;
}

/** The same text with `<` swapped out, so ts_headline does not drop it as markup. */
const headline = (column: RawBuilder<unknown>, query: RawBuilder<unknown>, options: string) =>
  sql`replace(ts_headline('english', replace(${column}, '<', ${LESS_THAN_STAND_IN}), ${query}, ${options}), ${LESS_THAN_STAND_IN}, '<')`;

/**
 * Only the newest matches are ranked (ts_rank scores whole vectors), and
 * ts_headline, which parses the text again, runs for the page alone. "Newest"
 * is the highest id — a changed document is inserted afresh — so the planner
 * can choose: for common words, walk the primary key backwards until enough
 * rows match; for rare ones, take the few rows the GIN index finds. Ordering
 * by updated_at instead would read every match to sort them.
 */
export function postgresSearchQuery(search: ResolvedSearch): RawBuilder<SearchRow> {
  const query = tsQuery(search.terms);
  const scope = scopeConditions(search, (column, probe) => sql`strpos(${column}, ${probe}) > 0`);
  const candidates = Math.max(RANKED_CANDIDATES, search.offset + search.limit);
  return sql<SearchRow>`
    select d.kind, d.record_id, d.audience, d.title, d.status, d.tags, d.service_ids, d.updated_at, page.score,
      ${headline(sql.ref("d.title"), query, TITLE_HEADLINE)} as title_marked,
      ${headline(sql.ref("d.body"), query, SNIPPET_HEADLINE)} as snippet_marked
    from (
      select d.id, d.updated_at, ${score(query)} as score
      from (
        select d.id from search_documents d
        where d.search_vector @@ ${query} and ${scope}
        order by d.id desc
        limit ${candidates}
      ) candidate
      join search_documents d on d.id = candidate.id
      order by score desc, d.updated_at desc, d.id
      limit ${search.limit} offset ${search.offset}
    ) page
    join search_documents d on d.id = page.id
    order by page.score desc, page.updated_at desc, page.id`;
}
