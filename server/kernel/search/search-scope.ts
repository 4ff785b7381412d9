import { sql, type RawBuilder, type SqlBool } from "kysely";

/** A search after cleaning: words to match and the conditions every hit meets. */
export interface ResolvedSearch {
  words: string[];
  workspaceId: string;
  audiences: string[];
  kinds?: string[];
  status?: string;
  /** Substrings of the stored tag and service lists (see stored-list.ts). */
  tagProbe?: string;
  serviceProbe?: string;
  limit: number;
  offset: number;
}

/** The columns both dialects return, before highlights become HTML. */
export interface SearchRow {
  kind: string;
  record_id: string;
  audience: string;
  title: string;
  status: string;
  tags: string;
  service_ids: string;
  updated_at: string;
  score: number;
  title_marked: string;
  snippet_marked: string;
}

type Contains = (column: RawBuilder<unknown>, probe: string) => RawBuilder<SqlBool>;

/**
 * Workspace, audience and filters on `search_documents` aliased `d`. The
 * workspace comes first and is never optional: no search reaches another
 * workspace's documents.
 */
export function scopeConditions(search: ResolvedSearch, contains: Contains): RawBuilder<SqlBool> {
  const conditions: RawBuilder<SqlBool>[] = [
    sql`d.workspace_id = ${search.workspaceId}`,
    sql`d.audience in (${sql.join(search.audiences)})`,
  ];
  if (search.kinds) conditions.push(sql`d.kind in (${sql.join(search.kinds)})`);
  if (search.status !== undefined) conditions.push(sql`d.status = ${search.status}`);
  if (search.tagProbe !== undefined) conditions.push(contains(sql.ref("d.tags"), search.tagProbe));
  if (search.serviceProbe !== undefined) conditions.push(contains(sql.ref("d.service_ids"), search.serviceProbe));
  return sql<SqlBool>`${sql.join(conditions, sql` and `)}`;
}

/**
 * One score on both databases: 1 when the title holds every word, plus the
 * text relevance (bm25 or ts_rank, both ≥ 0) folded into [0, 1). A title
 * match therefore always outranks a body-only match, however often the body
 * repeats the words — neither bm25 (it saturates term frequency) nor ts_rank
 * (it folds nearby occurrences towards 1) guarantees that through weights.
 */
export function scoreOf(inTitle: RawBuilder<number>, relevance: RawBuilder<number>): RawBuilder<number> {
  return sql<number>`(case when ${inTitle} then 1.0 else 0.0 end + ${relevance} / (1.0 + ${relevance}))`;
}
