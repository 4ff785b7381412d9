import { CompiledQuery } from "kysely";
import type { DatabaseHandle, DatabaseKind, Db } from "#server/kernel/db/database.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { enqueueJob } from "#server/kernel/jobs/queue.ts";
import { JobWorker } from "#server/kernel/jobs/worker.ts";

/** 100,000 takes several minutes a database on a small machine (see bench/README.md); `--jobs 100000` for the full run. */
export const DEFAULT_JOBS = 10_000;
export const JOBS_TARGET_RATIO = 0.5;
const KIND = "bench.noop";
/** The worker's default: jobs claimed per batch and run at the same time. */
const CONCURRENCY = 2;

export interface PhaseResult {
  jobs: number;
  seconds: number;
  jobsPerSecond: number;
}

export interface JobsBenchResult {
  tandem: { enqueue: PhaseResult; run: PhaseResult };
  bare: { enqueue: PhaseResult; run: PhaseResult };
}

async function timed(jobs: number, work: () => Promise<number>): Promise<PhaseResult> {
  const started = process.hrtime.bigint();
  const done = await work();
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (done !== jobs) throw new Error(`expected ${jobs} jobs, handled ${done}`);
  return { jobs, seconds, jobsPerSecond: jobs / seconds };
}

/**
 * The statements the queue and the worker run, written out by hand (see
 * server/kernel/jobs/jobs.repository.ts), with nothing around them: the
 * same INSERT per job, the same claim (an UPDATE … RETURNING on SQLite; a
 * SELECT … FOR UPDATE SKIP LOCKED and an UPDATE in one transaction on
 * PostgreSQL) and the same fenced UPDATE to complete each job.
 */
function bareStatements(kind: DatabaseKind) {
  let n = 0;
  const p = () => (kind === "sqlite" ? "?" : `$${++n}`);
  const reset = () => (n = 0);

  const insert = (() => {
    reset();
    const columns = ["id", "kind", "payload", "workspace_id", "unique_key", "status", "run_at", "attempts", "max_attempts", "last_error", "locked_by", "locked_until", "created_at", "updated_at", "finished_at"];
    return `insert into "jobs" (${columns.map((c) => `"${c}"`).join(", ")}) values (${columns.map(p).join(", ")}) on conflict do nothing returning "id"`;
  })();
  const due = (() => {
    reset();
    return `select "id" from "jobs" where status in ('queued', 'failed') and "run_at" <= ${p()} and "kind" in (${p()}) order by "run_at", "id" limit ${p()}`;
  })();
  const claimSqlite = (() => {
    reset();
    const set = `update "jobs" set "status" = ${p()}, "locked_by" = ${p()}, "locked_until" = ${p()}, "attempts" = "attempts" + ${p()}, "updated_at" = ${p()}`;
    return `${set} where "id" in (${due}) and status in ('queued', 'failed') returning *`;
  })();
  const markRunningPg = (ids: number) => {
    reset();
    const set = `update "jobs" set "status" = ${p()}, "locked_by" = ${p()}, "locked_until" = ${p()}, "attempts" = "attempts" + ${p()}, "updated_at" = ${p()}`;
    return `${set} where "id" in (${Array.from({ length: ids }, p).join(", ")}) returning *`;
  };
  const complete = (() => {
    reset();
    return `update "jobs" set "status" = ${p()}, "locked_by" = ${p()}, "locked_until" = ${p()}, "updated_at" = ${p()}, "finished_at" = ${p()} where "id" = ${p()} and "status" = ${p()} and "locked_by" = ${p()} and "attempts" = ${p()}`;
  })();
  return { insert, due: `${due} for update skip locked`, claimSqlite, markRunningPg, complete };
}

async function bareEnqueue(db: Db, kind: DatabaseKind, jobs: number): Promise<number> {
  const { insert } = bareStatements(kind);
  for (let i = 0; i < jobs; i++) {
    const at = now();
    await db.executeQuery(CompiledQuery.raw(insert, [newId(), KIND, "{}", null, null, "queued", at, 0, 5, null, null, null, at, at, null]));
  }
  return jobs;
}

interface ClaimedRow {
  id: string;
  attempts: number;
}

async function bareRun(db: Db, kind: DatabaseKind): Promise<number> {
  const statements = bareStatements(kind);
  const workerId = `bench:${process.pid}:bare`;
  let ran = 0;
  for (;;) {
    const at = new Date();
    const nowText = at.toISOString();
    const lockedUntil = new Date(at.getTime() + 5 * 60_000).toISOString();
    const running = ["running", workerId, lockedUntil, 1, nowText];
    let rows: ClaimedRow[];
    if (kind === "sqlite") {
      rows = (await db.executeQuery<ClaimedRow>(CompiledQuery.raw(statements.claimSqlite, [...running, nowText, KIND, CONCURRENCY]))).rows;
    } else {
      rows = await db.transaction().execute(async (trx) => {
        const due = (await trx.executeQuery<{ id: string }>(CompiledQuery.raw(statements.due, [nowText, KIND, CONCURRENCY]))).rows;
        if (due.length === 0) return [];
        const ids = due.map((row) => row.id);
        return (await trx.executeQuery<ClaimedRow>(CompiledQuery.raw(statements.markRunningPg(ids.length), [...running, ...ids]))).rows;
      });
    }
    if (rows.length === 0) return ran;
    await Promise.all(
      rows.map(async (row) => {
        const done = now();
        await db.executeQuery(CompiledQuery.raw(statements.complete, ["succeeded", null, null, done, done, row.id, "running", workerId, row.attempts]));
      }),
    );
    ran += rows.length;
  }
}

async function clearJobs(database: Pick<DatabaseHandle, "db" | "kind">): Promise<void> {
  await database.db.deleteFrom("jobs").execute();
  if (database.kind === "postgres") await database.db.executeQuery(CompiledQuery.raw("vacuum analyze jobs"));
  else await database.db.executeQuery(CompiledQuery.raw("pragma wal_checkpoint(truncate)"));
}

/**
 * N no-op jobs through the real queue (`enqueueJob`, one statement each, as
 * callers enqueue) and the real JobWorker (`drain()`, default concurrency),
 * then the same number through the bare statements, on an emptied table each time.
 */
export async function jobsScenario(database: Pick<DatabaseHandle, "db" | "kind">, jobs: number): Promise<JobsBenchResult> {
  const { db, kind } = database;
  await clearJobs(database);
  const bareEnqueued = await timed(jobs, () => bareEnqueue(db, kind, jobs));
  const bareRan = await timed(jobs, () => bareRun(db, kind));
  await clearJobs(database);

  const tandemEnqueued = await timed(jobs, async () => {
    for (let i = 0; i < jobs; i++) await enqueueJob(db, { kind: KIND, payload: {} });
    return jobs;
  });
  const worker = new JobWorker({ database, handlers: { [KIND]: async () => undefined } });
  const tandemRan = await timed(jobs, () => worker.drain());
  const left = await db.selectFrom("jobs").select((eb) => eb.fn.countAll<number>().as("count")).where("status", "!=", "succeeded").executeTakeFirstOrThrow();
  if (Number(left.count) !== 0) throw new Error(`${left.count} jobs did not succeed`);
  await clearJobs(database);
  return { tandem: { enqueue: tandemEnqueued, run: tandemRan }, bare: { enqueue: bareEnqueued, run: bareRan } };
}

const number = (value: number, digits = 0) => value.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits });

export function reportJobs(result: JobsBenchResult): string {
  const row = (label: string, enqueue: PhaseResult, run: PhaseResult) =>
    [label.padEnd(28), number(enqueue.jobsPerSecond).padStart(12), number(enqueue.seconds, 1).padStart(9), number(run.jobsPerSecond).padStart(12), number(run.seconds, 1).padStart(9)].join("");
  const verdict = (ratio: number) => (ratio >= JOBS_TARGET_RATIO ? "PASS" : "BELOW TARGET");
  const enqueueRatio = result.tandem.enqueue.jobsPerSecond / result.bare.enqueue.jobsPerSecond;
  const runRatio = result.tandem.run.jobsPerSecond / result.bare.run.jobsPerSecond;
  return [
    "",
    `${"".padEnd(28)}${"enqueue/s".padStart(12)}${"s".padStart(9)}${"run/s".padStart(12)}${"s".padStart(9)}`,
    row("Tandem (queue + JobWorker)", result.tandem.enqueue, result.tandem.run),
    row("bare statements", result.bare.enqueue, result.bare.run),
    "",
    `Tandem/bare enqueue  ${number(enqueueRatio, 2)}   (target ≥ ${JOBS_TARGET_RATIO}: ${verdict(enqueueRatio)})`,
    `Tandem/bare run      ${number(runRatio, 2)}   (target ≥ ${JOBS_TARGET_RATIO}: ${verdict(runRatio)})`,
  ].join("\n");
}

export const JOBS_CONCURRENCY = CONCURRENCY;
