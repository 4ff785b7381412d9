import { sql, type RawBuilder } from "kysely";
import { LESS_THAN_STAND_IN, MARK_END, MARK_START } from "./highlight.ts";
import { scopeConditions, scoreOf, type ResolvedSearch, type SearchRow } from "./search-scope.ts";

/** ts_rank weights for D, C, B, A: titles are A, bodies B. */
const RANK_WEIGHTS = "{0.02, 0.04, 0.2, 1.0}";
/**
 * ts_rank reads each match's whole vector, so only candidates are ranked: the
 * newest title matches and the newest matches anywhere. Common words in a big
 * workspace then cost a bounded amount, and a title match is never left out
 * for being old unless there are more title matches than this.
 */
export const TITLE_CANDIDATES = 200;
export const BODY_CANDIDATES = 1000;

const TITLE_HEADLINE = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const SNIPPET_HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=28, MinWords=18, ShortWord=3`;

/**
 * Each word as a prefix (`word:*`), ANDed, stemmed by the english
 * configuration like the documents; a stop word ("the", "of") is dropped, as
 * it was from the documents. The words contain only letters, digits and marks
 * (query-words.ts), so to_tsquery sees no operators; they are bound as
 * parameters all the same.
 */
function tsQuery(words: string[]): RawBuilder<unknown> {
  const terms = words.map((word) => sql`to_tsquery('english', ${`${word}:*`})`);
  return sql`(${sql.join(terms, sql` && `)})`;
}

/** The same text with `<` swapped out, so ts_headline does not drop it as markup. */
const headline = (column: RawBuilder<unknown>, query: RawBuilder<unknown>, options: string) =>
  sql`replace(ts_headline('english', replace(${column}, '<', ${LESS_THAN_STAND_IN}), ${query}, ${options}), ${LESS_THAN_STAND_IN}, '<')`;

export function postgresSearchQuery(search: ResolvedSearch): RawBuilder<SearchRow> {
  const query = tsQuery(search.words);
  const scope = scopeConditions(search, (column, probe) => sql`strpos(${column}, ${probe}) > 0`);
  const bodyCandidates = Math.max(BODY_CANDIDATES, search.offset + search.limit);
  return sql<SearchRow>`
    select d.kind, d.record_id, d.audience, d.title, d.status, d.tags, d.service_ids, d.updated_at,
      ranked.score,
      ${headline(sql.ref("d.title"), query, TITLE_HEADLINE)} as title_marked,
      ${headline(sql.ref("d.body"), query, SNIPPET_HEADLINE)} as snippet_marked
    from (
      select d.id, d.updated_at, ${scoreOf(sql`d.title_vector @@ ${query}`, sql`ts_rank(${RANK_WEIGHTS}::float4[], d.search_vector, ${query})`)} as score
      from search_documents d
      where d.id in (
        (select d.id from search_documents d where d.title_vector @@ ${query} and ${scope}
          order by d.updated_at desc limit ${TITLE_CANDIDATES})
        union all
        (select d.id from search_documents d where d.search_vector @@ ${query} and ${scope}
          order by d.updated_at desc limit ${bodyCandidates})
      )
      order by score desc, d.updated_at desc, d.id
      limit ${search.limit} offset ${search.offset}
    ) ranked
    join search_documents d on d.id = ranked.id
    order by ranked.score desc, ranked.updated_at desc, ranked.id`;
}
