import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { FastifyInstance } from "fastify";
import type { DestinationStream } from "pino";
import { afterAll, beforeAll } from "vitest";
import { buildApp } from "#server/app.ts";
import { readEnv } from "#server/env.ts";
import { createTestDatabase, type TestDatabase } from "./test-database.ts";

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
}

/**
 * The real app on a fresh real database, built once per test file:
 * `const t = useTestApp();` then `t.app.inject(...)` inside tests.
 */
export function useTestApp(envOverrides: Record<string, string> = {}, options: { logStream?: DestinationStream } = {}): TestApp {
  const holder = {} as TestApp;
  beforeAll(async () => {
    holder.database = await createTestDatabase();
    // E-mails land in a fresh outbox per test file, never in the repository's data/.
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-test-"));
    const env = readEnv({ NODE_ENV: "test", SIGN_IN_RATE_LIMIT: "1000", DATA_DIR: dataDir, ...envOverrides });
    holder.app = await buildApp({ env, database: holder.database, ...options });
    await holder.app.ready();
  });
  afterAll(async () => {
    await holder.app?.close();
    await holder.database?.close();
  });
  return holder;
}
