import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { migrateToLatest, openDatabase, type DatabaseHandle, type DatabaseKind } from "#server/kernel/db/database.ts";
import { findPostgresBinaries, startCluster, withDatabase } from "#tests/setup/postgres-cluster.ts";
import { generate } from "./generate.ts";
import { stopLoads } from "./load.ts";
import { CONNECTIONS, formatNumber, measure, report } from "./measure.ts";
import { DEFAULT_JOBS, JOBS_CONCURRENCY, jobsScenario, reportJobs } from "./scenarios/jobs.ts";
import {
  bareSearchQueries,
  checkBareHits,
  checkTandemHits,
  indexCheatSheets,
  SEARCH_DOCUMENTS,
  SEARCH_P99_TARGET_MS,
  SEARCH_PATH,
  SEARCH_QUERIES,
  SEARCH_THROUGHPUT_CONNECTIONS,
  searchPaths,
} from "./scenarios/search.ts";
import { checkReadiness, percentile, READINESS_MEMBERS, READINESS_P95_TARGET_MS, READINESS_PATH, READINESS_SERVICES, readinessQueries, seedReadiness, timeRequests } from "./scenarios/readiness.ts";
import { servicesList } from "./scenarios/services-list.ts";
import { benchStart } from "./scenarios/start.ts";
import { startBare, startTandem, urlOf } from "./servers.ts";

const USAGE = "Usage: npm run bench -- [--scenario services-list|jobs|search|start|readiness] [--db sqlite|postgres] [--scale N] [--duration SECONDS] [--jobs N]";
const SCENARIOS = ["services-list", "jobs", "search", "start", "readiness"] as const;

interface Options {
  scenario: (typeof SCENARIOS)[number];
  scale: number;
  kind: DatabaseKind;
  duration: number;
  jobs: number;
}

function readOptions(argv: string[]): Options {
  const { values } = parseArgs({
    args: argv,
    options: {
      scenario: { type: "string", default: "services-list" },
      jobs: { type: "string", default: String(DEFAULT_JOBS) },
      scale: { type: "string", default: "1" },
      db: { type: "string", default: "sqlite" },
      duration: { type: "string", default: "10" },
    },
    strict: true,
    allowPositionals: false,
  });
  const scale = Number(values.scale);
  const duration = Number(values.duration);
  if (!Number.isInteger(scale) || scale < 1) throw new Error("--scale must be a whole number from 1.");
  if (!Number.isInteger(duration) || duration < 1) throw new Error("--duration must be a whole number of seconds from 1.");
  const jobs = Number(values.jobs);
  if (!Number.isInteger(jobs) || jobs < 1) throw new Error("--jobs must be a whole number from 1.");
  if (values.db !== "sqlite" && values.db !== "postgres") throw new Error("--db must be sqlite or postgres.");
  const scenario = SCENARIOS.find((name) => name === values.scenario);
  if (!scenario) throw new Error(`--scenario must be one of ${SCENARIOS.join(", ")}.`);
  return { scenario, scale, kind: values.db, duration, jobs };
}

interface BenchDatabase {
  database: DatabaseHandle;
  dataDir: string;
  databaseUrl?: string;
  cleanup(): Promise<void>;
}

/** A database of its own for each run: a temporary SQLite file, or a throwaway PostgreSQL cluster. */
async function openBenchDatabase(kind: DatabaseKind): Promise<BenchDatabase> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-bench-"));
  const removeDir = () => fs.rmSync(dataDir, { recursive: true, force: true });
  if (kind === "sqlite") {
    const database = openDatabase({ dataDir });
    return { database, dataDir, cleanup: async () => (await database.close(), removeDir()) };
  }
  const binDir = findPostgresBinaries();
  if (!binDir) throw new Error("No PostgreSQL binaries found (initdb, pg_ctl): install PostgreSQL or set POSTGRES_BIN_DIR.");
  const cluster = await startCluster(binDir);
  try {
    const admin = new pg.Client({ connectionString: cluster.url });
    await admin.connect();
    await admin.query("create database tandem_bench");
    await admin.end();
  } catch (error) {
    cluster.stop();
    throw error;
  }
  const databaseUrl = withDatabase(cluster.url, "tandem_bench");
  const database = openDatabase({ databaseUrl, dataDir });
  return { database, dataDir, databaseUrl, cleanup: async () => (await database.close(), cluster.stop(), removeDir()) };
}

async function main(): Promise<void> {
  let options: Options;
  try {
    options = readOptions(process.argv.slice(2));
  } catch (error) {
    console.error(`${error instanceof Error ? error.message : String(error)}\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (options.scenario === "jobs") {
    await benchJobs(options);
    return;
  }
  if (options.scenario === "search") {
    await benchSearch(options);
    return;
  }
  if (options.scenario === "start") {
    await benchStart(5);
    return;
  }
  if (options.scenario === "readiness") {
    await benchReadiness(options);
    return;
  }
  const scenario = servicesList;
  const bench = await openBenchDatabase(options.kind);
  let interrupted = false;
  process.once("SIGINT", () => {
    interrupted = true;
    stopLoads();
  });
  try {
    await migrateToLatest(bench.database.db);
    const data = await generate(bench.database.db, options.scale);
    console.log(
      `${scenario.name} on ${options.kind}, scale ${options.scale}: ${data.servicesPerWorkspace} services in the measured workspace, ` +
        `${data.otherWorkspaces} other workspaces with as many; ${CONNECTIONS} connections, ${options.duration} s per server after a warm-up.`,
    );

    const tandemApp = await startTandem(bench.database, { dataDir: bench.dataDir, databaseUrl: bench.databaseUrl });
    const tandem = await measure(tandemApp, [scenario.path], {
      duration: options.duration,
      headers: { authorization: `Bearer ${data.token}` },
      check: scenario.check,
    });

    const queries = await scenario.baselineQueries(data, options.kind);
    const bareApp = await startBare(bench.database, scenario.path, queries);
    const bare = await measure(bareApp, [scenario.path], {
      duration: options.duration,
      headers: {},
      check: (body) => (Array.isArray(body) && body.length > 0 ? null : "expected rows"),
    });

    report(
      [
        { label: `${scenario.name} (Tandem)`, result: tandem },
        { label: `${scenario.name} (bare Fastify)`, result: bare },
      ],
      { tandem, bare },
    );
  } catch (error) {
    if (!interrupted) throw error;
    console.error("Interrupted.");
  } finally {
    await bench.cleanup();
  }
}

/**
 * Readiness: the whole matrix of 2,000 members × 50 services (100,000 cells)
 * in one request, asked one at a time (the wait one sales manager feels),
 * against a bare route running the same statements and answering the
 * current certifications' rows. Target: Tandem's p95 within 300 ms.
 */
async function benchReadiness(options: Options): Promise<void> {
  const bench = await openBenchDatabase(options.kind);
  const requests = Math.max(20, options.duration * 4);
  try {
    await migrateToLatest(bench.database.db);
    const data = await generate(bench.database.db, 1);
    await seedReadiness(bench.database.db, data);
    console.log(`readiness on ${options.kind}: ${formatNumber(READINESS_MEMBERS)} members × ${READINESS_SERVICES} services, ${requests} requests in turn per server after a warm-up of 3.`);
    const run = async (app: Awaited<ReturnType<typeof startTandem>>, headers: Record<string, string>, check: (body: unknown) => string | null) => {
      try {
        const url = urlOf(app, READINESS_PATH);
        const problem = check(await (await fetch(url, { headers })).json());
        if (problem) throw new Error(`${READINESS_PATH} answered wrongly: ${problem}`);
        await timeRequests(url, headers, 3);
        return await timeRequests(url, headers, requests);
      } finally {
        await app.close();
      }
    };
    const tandem = await run(await startTandem(bench.database, { dataDir: bench.dataDir, databaseUrl: bench.databaseUrl }), { authorization: `Bearer ${data.token}` }, checkReadiness);
    const bare = await run(await startBare(bench.database, READINESS_PATH, await readinessQueries(data, options.kind)), {}, (body) => (Array.isArray(body) && body.length > 0 ? null : "expected rows"));
    const line = (label: string, times: number[]) => `${label.padEnd(34)}${formatNumber(percentile(times, 50), 1).padStart(9)}${formatNumber(percentile(times, 95), 1).padStart(10)}`;
    const ratio = percentile(tandem, 95) / percentile(bare, 95);
    console.log(
      [
        "",
        `${"scenario".padEnd(34)}   p50 ms    p95 ms`,
        line("readiness matrix (Tandem)", tandem),
        line("readiness queries (bare Fastify)", bare),
        "",
        `Tandem/bare p95        ${formatNumber(ratio, 2)}×  (what Tandem adds to the raw queries: assembling 100,000 cells, presenting, serializing)`,
        `Tandem p95             ${formatNumber(percentile(tandem, 95), 1)} ms  (target ≤ ${READINESS_P95_TARGET_MS} ms: ${percentile(tandem, 95) <= READINESS_P95_TARGET_MS ? "PASS" : "BELOW TARGET"})`,
      ].join("\n"),
    );
  } finally {
    await bench.cleanup();
  }
}

/**
 * Search: 100,000 cheat sheets in the measured workspace; two-word searches in
 * turn against Tandem's route and against the bare statement Tandem runs,
 * first by one connection (the latency one person feels: the p99 target),
 * then by several (throughput: the ratio target). Under always-busy
 * connections latency is only queueing: connections × the time of one search.
 */
async function benchSearch(options: Options): Promise<void> {
  const bench = await openBenchDatabase(options.kind);
  let interrupted = false;
  process.once("SIGINT", () => {
    interrupted = true;
    stopLoads();
  });
  try {
    await migrateToLatest(bench.database.db);
    const data = await generate(bench.database.db, 1);
    const indexed = await indexCheatSheets(bench.database.db, options.kind, data);
    console.log(
      `search on ${options.kind}: ${formatNumber(indexed.documents)} documents indexed in ${formatNumber(indexed.seconds, 1)} s ` +
        `(${formatNumber(indexed.documents / indexed.seconds)}/s), ${formatNumber(SEARCH_DOCUMENTS)} published sheets in the measured workspace; ` +
        `${SEARCH_QUERIES.length} two-word searches in turn; ${options.duration} s per server after a warm-up.`,
    );
    const bareQueries = bareSearchQueries(bench.database.db, data);
    const run = async (connections: number) => {
      const tandemApp = await startTandem(bench.database, { dataDir: bench.dataDir, databaseUrl: bench.databaseUrl });
      const headers = { authorization: `Bearer ${data.token}` };
      const tandem = await measure(tandemApp, searchPaths(), { duration: options.duration, headers, check: checkTandemHits, connections });
      const bareApp = await startBare(bench.database, SEARCH_PATH, bareQueries);
      const bare = await measure(bareApp, searchPaths(), { duration: options.duration, headers: {}, check: checkBareHits, connections });
      return { tandem, bare };
    };
    const single = await run(1);
    const loaded = await run(SEARCH_THROUGHPUT_CONNECTIONS);
    report(
      [
        { label: "search, 1 connection (Tandem)", result: single.tandem },
        { label: "search, 1 connection (bare Fastify)", result: single.bare },
        { label: `search, ${SEARCH_THROUGHPUT_CONNECTIONS} connections (Tandem)`, result: loaded.tandem },
        { label: `search, ${SEARCH_THROUGHPUT_CONNECTIONS} connections (bare Fastify)`, result: loaded.bare },
      ],
      loaded,
      // The latency target is SQLite's, the embedded default.
      { result: single.tandem, ms: options.kind === "sqlite" ? SEARCH_P99_TARGET_MS : null, label: "(1 connection)" },
    );
  } catch (error) {
    if (!interrupted) throw error;
    console.error("Interrupted.");
  } finally {
    await bench.cleanup();
  }
}

/** The job queue: no HTTP, the queue and the worker against the same statements run bare. */
async function benchJobs(options: Options): Promise<void> {
  const bench = await openBenchDatabase(options.kind);
  try {
    await migrateToLatest(bench.database.db);
    console.log(
      `jobs on ${options.kind}: ${formatNumber(options.jobs)} no-op jobs enqueued one statement at a time, ` +
        `then run with a JobWorker (drain, concurrency ${JOBS_CONCURRENCY}); the bare statements first, on an emptied table each time.`,
    );
    console.log(reportJobs(await jobsScenario(bench.database, options.jobs)));
  } finally {
    await bench.cleanup();
  }
}

await main();
