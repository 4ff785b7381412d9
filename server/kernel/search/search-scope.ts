import { sql, type RawBuilder, type SqlBool } from "kysely";
import type { QueryTerm } from "./query-words.ts";

/** A search after cleaning: words to match and the conditions every hit meets. */
export interface ResolvedSearch {
  terms: QueryTerm[];
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

/**
 * How many of the newest matches (highest ids: the most recently indexed) a
 * search ranks. Ranking reads every
 * candidate's postings (bm25) or vector (ts_rank), so common words in a big
 * workspace would otherwise cost in proportion to the workspace; within the
 * candidates, title matches still come first. Below this many matches, which
 * is every search in a workspace of ordinary size, all of them are ranked.
 */
export const RANKED_CANDIDATES = 500;

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

