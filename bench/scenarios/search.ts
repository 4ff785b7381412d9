import type { FastifyRequest } from "fastify";
import { CompiledQuery } from "kysely";
import type { DatabaseKind, Db } from "#server/kernel/db/database.ts";
import { newId } from "#server/kernel/ids.ts";
import { compileSearch, indexDocuments, SEARCH_AUDIENCES, type SearchDocument } from "#server/kernel/search/search.ts";
import { audiencesFor } from "#server/modules/search/search.service.ts";
import { SEARCH_KINDS } from "#shared/contracts/search.ts";
import type { BenchData } from "../generate.ts";
import { cheatSheetWriter } from "./search-corpus.ts";

/** Published cheat sheets in the measured workspace. */
export const SEARCH_DOCUMENTS = 100_000;
/** One sheet in ten is being edited: its working copy is indexed for writers too. */
const WORKING_COPY_EVERY = 10;
/** In each other workspace, so the workspace condition has rows to turn away. */
const FOREIGN_DOCUMENTS = 500;
const BATCH = 500;
/** The route's default page. */
const LIMIT = 20;
export const SEARCH_P99_TARGET_MS = 25;
/**
 * Enough to keep the server busy all the time (a search takes milliseconds of
 * the one SQLite connection); more connections only queue longer, and at 50
 * some waited past autocannon's 10 s timeout.
 */
export const SEARCH_THROUGHPUT_CONNECTIONS = 10;

/** Two words as people type them, in a fixed order every connection cycles through. */
export const SEARCH_QUERIES = [
  "change request", "fixed price", "risk register", "scope creep", "steering committee", "critical path",
  "acceptance criteria", "status report", "budget overrun", "rate card", "payment terms", "kickoff meeting",
  "lessons learned", "go live", "discovery workshop", "statement work",
];

export const SEARCH_PATH = "/api/v1/search";
export const searchPaths = () => SEARCH_QUERIES.map((words) => `${SEARCH_PATH}?q=${encodeURIComponent(words)}`);

/** Sheets written over two years, oldest first, as an index fills up in real life. */
const START = Date.parse("2025-01-01T00:00:00.000Z");
const SPAN_MS = 2 * 365 * 86_400_000;

/**
 * Fills the index in one transaction through the index's own upsert, a batch
 * of rows per statement: the same SQL (and, on SQLite, the same triggers) as
 * a cheat sheet saved in the app.
 */
export async function indexCheatSheets(db: Db, kind: DatabaseKind, data: BenchData): Promise<{ documents: number; seconds: number }> {
  const started = Date.now();
  const next = cheatSheetWriter(20261202);
  const others = await db.selectFrom("workspaces").select("id").where("id", "!=", data.workspaceId).execute();
  let documents = 0;
  await db.transaction().execute(async (trx) => {
    let batch: SearchDocument[] = [];
    const add = async (document: SearchDocument) => {
      batch.push(document);
      documents += 1;
      if (batch.length >= BATCH) await flush();
    };
    const flush = async () => {
      await indexDocuments(trx, batch);
      batch = [];
    };
    const sheet = (workspaceId: string, i: number, audience: string): SearchDocument => ({
      ...next(),
      workspaceId,
      kind: "cheatsheet",
      recordId: newId(),
      audience,
      status: "published",
      serviceIds: [],
      updatedAt: new Date(START + Math.floor((i * SPAN_MS) / SEARCH_DOCUMENTS)).toISOString(),
    });
    for (let i = 0; i < SEARCH_DOCUMENTS; i++) {
      const published = sheet(data.workspaceId, i, SEARCH_AUDIENCES.readers);
      await add(published);
      if (i % WORKING_COPY_EVERY === 0) {
        await add({ ...published, ...next(), audience: SEARCH_AUDIENCES.writers, status: "in_review" });
      }
    }
    for (const other of others) {
      for (let i = 0; i < FOREIGN_DOCUMENTS; i++) await add(sheet(other.id, i, SEARCH_AUDIENCES.readers));
    }
    await flush();
  });
  // Fresh statistics, as autovacuum would have gathered them on a live system.
  await db.executeQuery(CompiledQuery.raw(kind === "postgres" ? "vacuum analyze search_documents" : "analyze"));
  return { documents, seconds: (Date.now() - started) / 1000 };
}

/**
 * The baseline's queries: for each search, exactly the statement Tandem runs
 * for the bench member (compiled by the search index itself), looked up by
 * `q` so the bare route does no query building at all.
 */
export function bareSearchQueries(db: Db, data: BenchData): (request: FastifyRequest) => CompiledQuery {
  // The bench member is the workspace's admin: a reader of cheat sheets, like a sales rep.
  const audiences = audiencesFor({ roles: ["admin"] });
  const queries = new Map<string, CompiledQuery>();
  for (const text of SEARCH_QUERIES) {
    const compiled = compileSearch(db, { workspaceId: data.workspaceId, text, audiences, kinds: [...SEARCH_KINDS], limit: LIMIT });
    if (!compiled) throw new Error(`"${text}" compiles to no search`);
    queries.set(text, compiled);
  }
  return (request) => {
    const { q } = request.query as { q?: string };
    const query = q === undefined ? undefined : queries.get(q);
    if (!query) throw new Error(`no baseline query for q=${q}`);
    return query;
  };
}

export function checkTandemHits(body: unknown): string | null {
  const items = (body as { items?: unknown[] }).items;
  return Array.isArray(items) && items.length === LIMIT ? null : `expected ${LIMIT} hits`;
}

export function checkBareHits(body: unknown): string | null {
  return Array.isArray(body) && body.length === LIMIT ? null : `expected ${LIMIT} rows`;
}
