import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import type { FastifyInstance } from "fastify";
import pg from "pg";
import { migrateToLatest, openDatabase, type DatabaseHandle, type DatabaseKind } from "#server/kernel/db/database.ts";
import { findPostgresBinaries, startCluster, withDatabase } from "#tests/setup/postgres-cluster.ts";
import { generate } from "./generate.ts";
import { load, stopLoads, type LoadResult } from "./load.ts";
import { DEFAULT_JOBS, JOBS_CONCURRENCY, jobsScenario, reportJobs } from "./scenarios/jobs.ts";
import {
  bareSearchQueries,
  checkBareHits,
  checkTandemHits,
  indexCheatSheets,
  SEARCH_P99_TARGET_MS,
  SEARCH_PATH,
  SEARCH_QUERIES,
  searchPaths,
} from "./scenarios/search.ts";
import { servicesList } from "./scenarios/services-list.ts";
import { startBare, startTandem, urlOf } from "./servers.ts";

const USAGE = "Usage: npm run bench -- [--scenario services-list|jobs|search] [--db sqlite|postgres] [--scale N] [--duration SECONDS] [--jobs N]";
const CONNECTIONS = 50;
const TARGET_RATIO = 0.6;
const SCENARIOS = ["services-list", "jobs", "search"] as const;

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

/**
 * One server at a time: each path checked once, warmed up, then measured.
 * Several paths are requested in turn by every connection.
 */
async function measure(
  app: FastifyInstance,
  paths: readonly string[],
  options: { duration: number; headers: Record<string, string>; check: (body: unknown) => string | null },
): Promise<LoadResult> {
  try {
    for (const path of paths) {
      const response = await fetch(urlOf(app, path), { headers: options.headers });
      const problem = response.ok ? options.check(await response.json()) : `status ${response.status}: ${await response.text()}`;
      if (problem) throw new Error(`${path} answered wrongly: ${problem}`);
    }
    const url = urlOf(app, paths[0]!);
    const mixed = paths.length > 1 ? { paths } : {};
    await load(url, { seconds: Math.max(1, Math.round(options.duration / 5)), connections: CONNECTIONS, headers: options.headers, ...mixed });
    return await load(url, { seconds: options.duration, connections: CONNECTIONS, headers: options.headers, ...mixed });
  } finally {
    await app.close();
  }
}

const number = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

function report(
  rows: Array<{ label: string; result: LoadResult }>,
  tandem: LoadResult,
  bare: LoadResult,
  p99TargetMs?: number,
) {
  const lines = [
    "",
    `scenario${" ".repeat(26)}req/s    p50 ms    p99 ms   failed`,
    ...rows.map(({ label, result }) =>
      [
        label.padEnd(30),
        number(result.requestsPerSecond).padStart(9),
        number(result.p50, 1).padStart(10),
        number(result.p99, 1).padStart(10),
        String(result.failures).padStart(9),
      ].join(""),
    ),
    "",
  ];
  const throughput = tandem.requestsPerSecond / bare.requestsPerSecond;
  const verdict = throughput >= TARGET_RATIO ? "PASS" : "BELOW TARGET";
  lines.push(`Tandem/bare throughput  ${number(throughput, 2)}   (target ≥ ${TARGET_RATIO}: ${verdict})`);
  lines.push(`Tandem/bare p99         ${number(tandem.p99 / bare.p99, 2)}×  (lower is better)`);
  if (p99TargetMs !== undefined) {
    const p99Verdict = tandem.p99 <= p99TargetMs ? "PASS" : "BELOW TARGET";
    lines.push(`Tandem p99              ${number(tandem.p99, 1)} ms  (target ≤ ${p99TargetMs} ms: ${p99Verdict})`);
  }
  for (const { label, result } of rows) {
    if (result.failures === 0) continue;
    const { non2xx, errors, timeouts } = result.failureKinds;
    lines.push(`WARNING: ${label}: ${non2xx} non-2xx, ${errors} errors, ${timeouts} timeouts; its figures are not comparable.`);
  }
  console.log(lines.join("\n"));
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

    const query = await scenario.baselineQuery(data, options.kind);
    const bareApp = await startBare(bench.database, scenario.path, query);
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
      tandem,
      bare,
    );
  } catch (error) {
    if (!interrupted) throw error;
    console.error("Interrupted.");
  } finally {
    await bench.cleanup();
  }
}

/**
 * Search: 100,000 cheat sheets in the measured workspace, two-word searches in
 * turn against Tandem's route and against the bare statement Tandem runs.
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
      `search on ${options.kind}: ${number(indexed.documents)} documents indexed in ${number(indexed.seconds, 1)} s ` +
        `(${number(indexed.documents / indexed.seconds)}/s); ${SEARCH_QUERIES.length} two-word searches in turn; ` +
        `${CONNECTIONS} connections, ${options.duration} s per server after a warm-up.`,
    );
    const tandemApp = await startTandem(bench.database, { dataDir: bench.dataDir, databaseUrl: bench.databaseUrl });
    const tandem = await measure(tandemApp, searchPaths(), {
      duration: options.duration,
      headers: { authorization: `Bearer ${data.token}` },
      check: checkTandemHits,
    });
    const bareApp = await startBare(bench.database, SEARCH_PATH, bareSearchQueries(bench.database.db, data));
    const bare = await measure(bareApp, searchPaths(), { duration: options.duration, headers: {}, check: checkBareHits });
    report(
      [
        { label: "search (Tandem)", result: tandem },
        { label: "search (bare Fastify)", result: bare },
      ],
      tandem,
      bare,
      SEARCH_P99_TARGET_MS,
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
      `jobs on ${options.kind}: ${number(options.jobs)} no-op jobs enqueued one statement at a time, ` +
        `then run with a JobWorker (drain, concurrency ${JOBS_CONCURRENCY}); the bare statements first, on an emptied table each time.`,
    );
    console.log(reportJobs(await jobsScenario(bench.database, options.jobs)));
  } finally {
    await bench.cleanup();
  }
}

await main();
