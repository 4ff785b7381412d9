import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { inject } from "vitest";
import { openDatabase, type DatabaseHandle } from "#server/kernel/db/database.ts";
import { withDatabase } from "./postgres-cluster.ts";

export type TestDatabaseKind = "sqlite" | "postgres";

export function testDatabaseKind(): TestDatabaseKind {
  return process.env.TANDEM_TEST_DB === "postgres" ? "postgres" : "sqlite";
}

export interface TestDatabase extends DatabaseHandle {
  /**
   * The same database as another process sees it: a second connection pool
   * on PostgreSQL. On SQLite, where one process owns the file, the same
   * handle (two synchronous connections in one process would wait on each
   * other's locks); closing it does nothing.
   */
  connectAgain(): DatabaseHandle;
  /** The SQL of every query this handle runs, from now until `stop()`. */
  watchQueries(): { stop(): string[] };
}

/** Fans each query out to whoever is watching: the database is opened once, watched many times. */
function queryWatch() {
  const watchers = new Set<string[]>();
  return {
    onQuery: (sql: string) => watchers.forEach((seen) => seen.push(sql)),
    watchQueries() {
      const seen: string[] = [];
      watchers.add(seen);
      return { stop: () => (watchers.delete(seen), seen) };
    },
  };
}

/** A fresh, migrated database for one test file: a copy of the template. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `tandem_test_${randomBytes(6).toString("hex")}`;
  const { onQuery, watchQueries } = queryWatch();
  if (testDatabaseKind() === "sqlite") {
    const template = inject("sqliteTemplate");
    const file = path.join(path.dirname(template), `${name}.sqlite`);
    fs.copyFileSync(template, file);
    const handle = openDatabase({ dataDir: path.dirname(file), sqliteFile: path.basename(file), onQuery });
    return {
      ...handle,
      watchQueries,
      connectAgain: () => ({ ...handle, close: async () => undefined }),
      close: async () => {
        await handle.close();
        for (const suffix of ["", "-wal", "-shm"]) fs.rmSync(file + suffix, { force: true });
      },
    };
  }
  const adminUrl = inject("postgresUrl");
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    for (let attempt = 1; ; attempt++) {
      try {
        await admin.query(`create database ${name} template ${inject("postgresTemplate")}`);
        break;
      } catch (error) {
        // Two workers copying the template at the same instant collide; wait and retry.
        if (attempt >= 20 || !String(error).includes("being accessed by other users")) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
  } finally {
    await admin.end();
  }
  const databaseUrl = withDatabase(adminUrl, name);
  return {
    ...openDatabase({ databaseUrl, dataDir: "", poolSize: 4, onQuery }),
    watchQueries,
    connectAgain: () => openDatabase({ databaseUrl, dataDir: "", poolSize: 4 }),
  };
}
