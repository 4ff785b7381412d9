import fs from "node:fs";
import path from "node:path";
import SQLite from "better-sqlite3";
import { Kysely, Migrator, sql, PostgresDialect, SqliteDialect, type LogEvent, type Logger, type SqliteDatabase, type Transaction } from "kysely";
import pg from "pg";
import { migrations } from "#server/db/migrations/index.ts";
import type { Database } from "./schema.ts";

export type DatabaseKind = "sqlite" | "postgres";
export type Db = Kysely<Database>;
/** A repository runs on the database or inside a transaction. */
export type Executor = Kysely<Database> | Transaction<Database>;

export interface DatabaseHandle {
  db: Db;
  kind: DatabaseKind;
  /** The SQLite file, when kind is sqlite. */
  sqlitePath?: string;
  close(): Promise<void>;
}

export interface DatabaseConfig {
  databaseUrl?: string;
  dataDir: string;
  /** Overrides the SQLite file name inside dataDir. */
  sqliteFile?: string;
  poolSize?: number;
  /** Called with the SQL of every query run; tests count a request's queries with it. */
  onQuery?: (sql: string) => void;
}

export function openDatabase(config: DatabaseConfig): DatabaseHandle {
  const log = config.onQuery && ((event: LogEvent) => config.onQuery?.(event.query.sql));
  if (config.databaseUrl?.startsWith("postgres")) return openPostgres(config.databaseUrl, config.poolSize, log);
  return openSqlite(path.resolve(config.dataDir, config.sqliteFile ?? "tandem.sqlite"), log);
}

function openSqlite(file: string, log?: Logger): DatabaseHandle {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const sqlite = new SQLite(file);
  sqlite.pragma("journal_mode = WAL");
  sqlite.pragma("synchronous = NORMAL");
  sqlite.pragma("foreign_keys = ON");
  sqlite.pragma("busy_timeout = 5000");
  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }), ...(log ? { log } : {}) });
  return { db, kind: "sqlite", sqlitePath: file, close: () => db.destroy() };
}

const STATEMENT_CACHE_SIZE = 500;

/**
 * Kysely prepares every query afresh; preparing costs more than running the
 * small indexed queries of a request. Statements are kept by their SQL text
 * (parameters are bound at run time), least recently used out first. Reuse is
 * safe because Kysely runs one query at a time on the one SQLite connection.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>();
  return {
    close: () => sqlite.close(),
    prepare(sql) {
      let statement = statements.get(sql);
      if (statement) statements.delete(sql);
      else statement = sqlite.prepare(sql);
      statements.set(sql, statement);
      if (statements.size > STATEMENT_CACHE_SIZE) statements.delete(statements.keys().next().value!);
      return statement;
    },
  };
}

function openPostgres(connectionString: string, poolSize = 10, log?: Logger): DatabaseHandle {
  const pool = new pg.Pool({ connectionString, max: poolSize });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }), ...(log ? { log } : {}) });
  return { db, kind: "postgres", close: () => db.destroy() };
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run before the typed schema exists
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === "Success").map((r) => r.migrationName);
}

/**
 * Runs `work` in a transaction of its own, or inside the caller's when `db`
 * already is one — so the demo seed can build its records with the same
 * service functions the API calls, all in one transaction.
 */
export function inTransaction<T>(db: Executor, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  return db.isTransaction ? work(db as Transaction<Database>) : db.transaction().execute(work);
}

/** Answers once the database does: what the health check waits on. */
export async function pingDatabase(db: Db): Promise<void> {
  await sql`select 1`.execute(db);
}
