import { defineConfig, type TestProjectInlineConfiguration } from "vitest/config";
import { findPostgresBinaries } from "./tests/setup/postgres-cluster.ts";

// API tests run once on SQLite and once on PostgreSQL. Without a PostgreSQL
// to start or borrow, the second run is skipped loudly — and under CI that
// is a failure, because a green run must mean both databases were tested.
const postgresAvailable = Boolean(process.env.TEST_DATABASE_URL) || findPostgresBinaries() !== null;
if (!postgresAvailable) {
  const message = "PostgreSQL not found (no initdb/pg_ctl, no TEST_DATABASE_URL): the PostgreSQL run is SKIPPED.";
  if (process.env.CI === "true") throw new Error(message);
  console.warn(`\n!!! ${message}\n`);
}

const apiProject = (kind: "sqlite" | "postgres"): TestProjectInlineConfiguration => ({
  extends: true,
  test: {
    name: kind,
    include: ["server/**/*.test.ts"],
    exclude: ["server/**/*.unit.test.ts"],
    globalSetup: [`tests/setup/global-${kind}.ts`],
    env: { TANDEM_TEST_DB: kind },
    testTimeout: 20_000,
    hookTimeout: 60_000,
    // Each file builds its own app on its own fresh database, so files share nothing but
    // loaded modules; loading the server once per worker instead of once per file takes
    // the API runs from about 100 s to about 35 s each.
    isolate: false,
  },
});

export default defineConfig({
  test: {
    pool: "forks",
    projects: [
      { extends: true, test: { name: "unit", include: ["shared/**/*.test.ts", "server/**/*.unit.test.ts", "web/**/*.test.{ts,tsx}"] } },
      apiProject("sqlite"),
      ...(postgresAvailable ? [apiProject("postgres")] : []),
    ],
  },
});
