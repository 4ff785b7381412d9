import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import type { DatabaseHandle } from "../db/database.ts";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";
import type { JobHandler } from "./handler.ts";
import { enqueueJob } from "./queue.ts";
import { JobWorker } from "./worker.ts";

const JOBS = 1000;

// Several processes share one queue only on PostgreSQL; SQLite has one.
describe.runIf(process.env.TANDEM_TEST_DB === "postgres")("two workers over one PostgreSQL queue", () => {
  let database: TestDatabase;
  let second: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
    second = database.connectAgain();
    await sql`create table job_runs (job_id text not null, worker text not null)`.execute(database.db);
  });
  afterAll(async () => {
    await second?.close();
    await database?.close();
  });

  it(`run ${JOBS} jobs, each exactly once, none lost`, async () => {
    await database.db.transaction().execute(async (trx) => {
      for (let n = 0; n < JOBS; n++) await enqueueJob(trx, { kind: "test.count", payload: { n } });
    });
    const runs = new Map<string, string[]>();
    // Recorded twice: in memory as the handler runs, and in the database together with the job's completion.
    const handlerFor =
      (workerName: string): JobHandler =>
      async (_payload, context) => {
        runs.set(context.job.id, [...(runs.get(context.job.id) ?? []), workerName]);
        await context.transaction((trx) => sql`insert into job_runs values (${context.job.id}, ${workerName})`.execute(trx));
      };
    const workers = [database, second].map((handle, index) => {
      const name = `worker-${index}`;
      return new JobWorker({ database: handle, handlers: { "test.count": handlerFor(name) }, concurrency: 4, pollMs: 5, id: name });
    });
    for (const worker of workers) worker.start();
    try {
      await vi.waitFor(
        async () => {
          const left = await database.db.selectFrom("jobs").select((eb) => eb.fn.countAll().as("n")).where("status", "!=", "succeeded").executeTakeFirstOrThrow();
          expect(Number(left.n)).toBe(0);
        },
        { timeout: 60_000, interval: 50 },
      );
    } finally {
      await Promise.all(workers.map((worker) => worker.stop()));
    }

    expect(runs.size).toBe(JOBS);
    expect([...runs.values()].every((list) => list.length === 1)).toBe(true);
    const perJob = await sql<{ job_id: string; n: string }>`select job_id, count(*) as n from job_runs group by job_id`.execute(database.db);
    expect(perJob.rows).toHaveLength(JOBS);
    expect(perJob.rows.every((row) => Number(row.n) === 1)).toBe(true);
    // Both took part: the queue was shared, not drained by whoever came first.
    const byWorker = await sql<{ worker: string; n: string }>`select worker, count(*) as n from job_runs group by worker order by worker`.execute(database.db);
    expect(byWorker.rows.map((row) => row.worker)).toEqual(["worker-0", "worker-1"]);
    expect(byWorker.rows.every((row) => Number(row.n) > 50)).toBe(true);
    const attempts = await database.db.selectFrom("jobs").select("attempts").where("kind", "=", "test.count").where("attempts", "!=", 1).execute();
    expect(attempts).toEqual([]);
  });
});
