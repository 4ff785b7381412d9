import { sql, type CompiledQuery } from "kysely";
import type { Executor } from "#server/kernel/db/database.ts";
import { isPostgres } from "./dialect.ts";
import { cleanIndexedText, markedToHtml } from "./highlight.ts";
import { postgresSearchQuery } from "./postgres-search.ts";
import { queryTerms } from "./query-words.ts";
import type { ResolvedSearch, SearchRow } from "./search-scope.ts";
import { sqliteSearchQuery } from "./sqlite-search.ts";
import { fromStoredList, storedListProbe, toStoredList } from "./stored-list.ts";

/**
 * One search over SQLite FTS5 and PostgreSQL full-text. Modules index their
 * records inside their own transactions; the search route reads them back.
 */
export interface SearchDocument {
  workspaceId: string;
  /** "cheatsheet" | "glossary_term" | later others. */
  kind: string;
  recordId: string;
  /**
   * Who may find this copy. Cheat sheets are indexed twice: the published
   * copy for "readers", the working copy for "writers"; glossary terms as "all".
   */
  audience: string;
  title: string;
  /** Plain text or Markdown source; indexed as text. */
  body: string;
  /** e.g. draft | in_review | published | archived */
  status: string;
  tags: string[];
  serviceIds: string[];
  /** UTC ISO-8601: ties in relevance go to the newest. */
  updatedAt: string;
}

export const SEARCH_AUDIENCES = { readers: "readers", writers: "writers", all: "all" } as const;

export interface SearchDocumentKey {
  workspaceId: string;
  kind: string;
  recordId: string;
  /** Without it, every audience's copy goes. */
  audience?: string;
}

export interface SearchQuery {
  workspaceId: string;
  /** What the user typed: split into words, never used as query syntax. */
  text: string;
  audiences: string[];
  kinds?: string[];
  status?: string;
  tag?: string;
  serviceId?: string;
  limit: number;
  offset?: number;
}

export interface SearchHit {
  kind: string;
  recordId: string;
  audience: string;
  title: string;
  /** The title, HTML-escaped, matched words in <mark>. */
  titleHtml: string;
  /** About 20–30 words of the body around the match, HTML-escaped, matched words in <mark>. */
  snippetHtml: string;
  /** Higher is more relevant; comparable only within one search. */
  score: number;
  status: string;
  tags: string[];
  serviceIds: string[];
  updatedAt: string;
}

const KEY_COLUMNS = ["workspace_id", "kind", "record_id", "audience"] as const;

/** Adds the document, or replaces the copy with the same workspace, kind, record and audience. */
export async function indexDocument(db: Executor, document: SearchDocument): Promise<void> {
  await indexDocuments(db, [document]);
}

/** Several documents at once; each key at most once per call. */
export async function indexDocuments(db: Executor, documents: readonly SearchDocument[]): Promise<void> {
  if (documents.length === 0) return;
  // A changed document is inserted afresh rather than updated, so its id
  // becomes the newest: the highest ids are the candidates a search ranks
  // when there are too many matches to rank them all (search-scope.ts). The
  // upsert still covers a concurrent insert of the same key.
  await deleteKeys(db, documents);
  await db
    .insertInto("search_documents")
    .values(documents.map(toColumns))
    .onConflict((conflict) =>
      conflict.columns(KEY_COLUMNS).doUpdateSet((eb) => ({
        title: eb.ref("excluded.title"),
        body: eb.ref("excluded.body"),
        status: eb.ref("excluded.status"),
        tags: eb.ref("excluded.tags"),
        service_ids: eb.ref("excluded.service_ids"),
        updated_at: eb.ref("excluded.updated_at"),
      })),
    )
    .execute();
}

/** One statement for the batch: both databases probe the key index once per row of the list. */
async function deleteKeys(db: Executor, documents: readonly SearchDocument[]): Promise<void> {
  const keys = documents.map((key) => sql`(${key.workspaceId}, ${key.kind}, ${key.recordId}, ${key.audience})`);
  await sql`delete from search_documents where (workspace_id, kind, record_id, audience) in (values ${sql.join(keys)})`.execute(db);
}

function toColumns(document: SearchDocument) {
  return {
    workspace_id: document.workspaceId,
    kind: document.kind,
    record_id: document.recordId,
    audience: document.audience,
    title: cleanIndexedText(document.title),
    body: cleanIndexedText(document.body),
    status: document.status,
    tags: toStoredList(document.tags),
    service_ids: toStoredList(document.serviceIds),
    updated_at: document.updatedAt,
  };
}

export async function removeDocuments(db: Executor, key: SearchDocumentKey): Promise<void> {
  let query = db
    .deleteFrom("search_documents")
    .where("workspace_id", "=", key.workspaceId)
    .where("kind", "=", key.kind)
    .where("record_id", "=", key.recordId);
  if (key.audience !== undefined) query = query.where("audience", "=", key.audience);
  await query.execute();
}

/**
 * The hits, most relevant first (then newest); none when the text has no
 * words. With more matches than RANKED_CANDIDATES, the most recently indexed
 * of them are ranked.
 */
export async function searchDocuments(db: Executor, query: SearchQuery): Promise<SearchHit[]> {
  const compiled = compileSearch(db, query);
  if (!compiled) return [];
  const { rows } = await db.executeQuery(compiled);
  return rows.map(toHit);
}

/**
 * The one statement a search runs, or null when it can find nothing (no
 * words, no audience, an impossible filter). The benchmark's baseline runs
 * exactly this.
 */
export function compileSearch(db: Executor, query: SearchQuery): CompiledQuery<SearchRow> | null {
  const search = resolve(query);
  if (!search) return null;
  return (isPostgres(db) ? postgresSearchQuery(search) : sqliteSearchQuery(search)).compile(db);
}

function resolve(query: SearchQuery): ResolvedSearch | null {
  const terms = queryTerms(query.text);
  const tagProbe = query.tag === undefined ? undefined : storedListProbe(query.tag);
  const serviceProbe = query.serviceId === undefined ? undefined : storedListProbe(query.serviceId);
  const offset = Math.max(0, Math.floor(query.offset ?? 0));
  const limit = Math.floor(query.limit);
  if (terms.length === 0 || query.audiences.length === 0 || query.kinds?.length === 0 || limit < 1) return null;
  if (tagProbe === null || serviceProbe === null) return null;
  return {
    terms,
    workspaceId: query.workspaceId,
    audiences: query.audiences,
    kinds: query.kinds,
    status: query.status,
    tagProbe,
    serviceProbe,
    limit,
    offset,
  };
}

function toHit(row: SearchRow): SearchHit {
  return {
    kind: row.kind,
    recordId: row.record_id,
    audience: row.audience,
    title: row.title,
    titleHtml: markedToHtml(row.title_marked),
    snippetHtml: markedToHtml(row.snippet_marked),
    score: Number(row.score),
    status: row.status,
    tags: fromStoredList(row.tags),
    serviceIds: fromStoredList(row.service_ids),
    updatedAt: row.updated_at,
  };
}
