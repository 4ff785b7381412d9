import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";
import type { JobHandler } from "./handler.ts";
import { deferred, exactBackoff, fakeClock, jobRow } from "./jobs.fixtures.ts";
import { enqueueJob } from "./queue.ts";
import { JobWorker } from "./worker.ts";

describe("the job worker", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
    // What jobs "do" in these tests: one row per effect, to count.
    await sql`create table job_effects (job_id text not null, worker text not null)`.execute(database.db);
  });
  afterAll(() => database.close());

  const worker = (handlers: Record<string, JobHandler>, options: Partial<ConstructorParameters<typeof JobWorker>[0]> = {}) =>
    new JobWorker({ database, handlers, backoff: exactBackoff, pollMs: 5, ...options });

  const effects = async (jobId: string) =>
    (await sql<{ worker: string }>`select worker from job_effects where job_id = ${jobId}`.execute(database.db)).rows.map((row) => row.worker);

  it("runs a due job with its payload and marks it succeeded", async () => {
    const clock = fakeClock();
    const id = await enqueueJob(database.db, { kind: "test.greet", payload: { name: "Ada" }, runAt: clock() });
    const seen: unknown[] = [];
    const ran = await worker({ "test.greet": async (payload, { job }) => void seen.push({ payload, attempt: job.attempt }) }, { clock }).drain();
    expect(ran).toBe(1);
    expect(seen).toEqual([{ payload: { name: "Ada" }, attempt: 1 }]);
    expect(await jobRow(database.db, id)).toMatchObject({
      status: "succeeded",
      attempts: 1,
      locked_by: null,
      locked_until: null,
      finished_at: clock.iso(),
    });
  });

  it("leaves jobs that are not due yet, and kinds it has no handler for", async () => {
    const clock = fakeClock();
    const later = await enqueueJob(database.db, { kind: "test.later", runAt: new Date(clock().getTime() + 60_000) });
    const foreign = await enqueueJob(database.db, { kind: "test.someone-else", runAt: clock() });
    const runs: string[] = [];
    const busy = worker({ "test.later": async (_payload, { job }) => void runs.push(job.id) }, { clock });
    expect(await busy.drain()).toBe(0);
    clock.advance(60_000);
    expect(await busy.drain()).toBe(1);
    expect(runs).toEqual([later]);
    expect((await jobRow(database.db, foreign)).status).toBe("queued");
  });

  it("retries a failing job with back-off and makes it dead after its last attempt", async () => {
    const clock = fakeClock();
    const start = clock().getTime();
    const id = await enqueueJob(database.db, { kind: "test.flaky", runAt: clock(), maxAttempts: 3 });
    let attempt = 0;
    const flaky = worker({ "test.flaky": async () => { attempt += 1; throw new Error(`boom ${attempt}`); } }, { clock });

    expect(await flaky.drain()).toBe(1);
    expect(await jobRow(database.db, id)).toMatchObject({
      status: "failed",
      attempts: 1,
      last_error: "boom 1",
      run_at: new Date(start + 1000).toISOString(),
      locked_by: null,
      finished_at: null,
    });
    clock.advance(999);
    expect(await flaky.drain()).toBe(0);
    clock.advance(1);
    expect(await flaky.drain()).toBe(1);
    expect(await jobRow(database.db, id)).toMatchObject({ status: "failed", attempts: 2, last_error: "boom 2", run_at: new Date(start + 1000 + 2000).toISOString() });
    clock.advance(2000);
    expect(await flaky.drain()).toBe(1);
    expect(await jobRow(database.db, id)).toMatchObject({ status: "dead", attempts: 3, last_error: "boom 3", finished_at: clock.iso() });
    clock.advance(3_600_000);
    expect(await flaky.drain()).toBe(0);
    expect(attempt).toBe(3);
  });

  it("succeeds on a retry, and names the error type when it is not a plain Error", async () => {
    const clock = fakeClock();
    const id = await enqueueJob(database.db, { kind: "test.second-time", runAt: clock() });
    let calls = 0;
    const handler: JobHandler = async () => {
      calls += 1;
      if (calls === 1) throw new TypeError("not yet");
    };
    const retrying = worker({ "test.second-time": handler }, { clock });
    await retrying.drain();
    expect((await jobRow(database.db, id)).last_error).toBe("TypeError: not yet");
    clock.advance(1000);
    await retrying.drain();
    expect(await jobRow(database.db, id)).toMatchObject({ status: "succeeded", attempts: 2 });
  });

  it("stores a failed job's error with tokens and URL credentials taken out", async () => {
    const clock = fakeClock();
    const id = await enqueueJob(database.db, { kind: "test.leaky", runAt: clock() });
    const handler: JobHandler = async () => {
      throw new Error("POST https://user:hunter22@crm.example.com/hook failed for inv_AbCdEfGh12345678");
    };
    await worker({ "test.leaky": handler }, { clock }).drain();
    const stored = (await jobRow(database.db, id)).last_error;
    expect(stored).toBe("POST https://[redacted]@crm.example.com/hook failed for inv_[redacted]");
  });

  it("starts a job queued in the same process at once, without waiting for its poll", async () => {
    const ran = deferred<string>();
    const eager = worker({ "test.eager": async (_payload, { job }) => ran.resolve(job.id) }, { pollMs: 60_000 });
    eager.start();
    try {
      await new Promise((resolve) => setTimeout(resolve, 20)); // past the first (empty) poll
      const id = await enqueueJob(database.db, { kind: "test.eager" });
      expect(await ran.promise).toBe(id);
    } finally {
      await eager.stop();
    }
  });

  it("gives a job it could not finish back to the queue at stop, and another worker runs it", async () => {
    const id = await enqueueJob(database.db, { kind: "test.slow" });
    const started = deferred();
    const finish = deferred();
    let aborted = false;
    const stopping = worker({
      "test.slow": async (_payload, context) => {
        context.signal.addEventListener("abort", () => (aborted = true));
        started.resolve();
        await finish.promise;
        await context.transaction((trx) => sql`insert into job_effects values (${context.job.id}, 'stopped')`.execute(trx));
      },
    });
    stopping.start();
    await started.promise;
    expect(await jobRow(database.db, id)).toMatchObject({ status: "running", attempts: 1, locked_by: stopping.id });

    expect(await stopping.stop({ timeoutMs: 20 })).toEqual({ released: 1 });
    expect(aborted).toBe(true);
    expect(await jobRow(database.db, id)).toMatchObject({ status: "queued", attempts: 0, locked_by: null, locked_until: null });

    const next = worker({
      "test.slow": async (_payload, context) => {
        await context.transaction((trx) => sql`insert into job_effects values (${context.job.id}, 'next')`.execute(trx));
      },
    });
    expect(await next.drain()).toBe(1);
    expect(await jobRow(database.db, id)).toMatchObject({ status: "succeeded", attempts: 1 });

    // The first handler finishing late changes nothing: its work rolls back with its lost claim.
    finish.resolve();
    await stopping.settled();
    expect(await jobRow(database.db, id)).toMatchObject({ status: "succeeded", attempts: 1 });
    expect(await effects(id)).toEqual(["next"]);
  });

  it("takes back a job whose worker stopped holding its lock, and runs it once", async () => {
    const clock = fakeClock();
    const id = await enqueueJob(database.db, { kind: "test.orphan", runAt: clock() });
    const started = deferred();
    const finish = deferred();
    const vanished = worker(
      {
        "test.orphan": async (_payload, context) => {
          started.resolve();
          await finish.promise;
          await context.transaction((trx) => sql`insert into job_effects values (${context.job.id}, 'vanished')`.execute(trx));
        },
      },
      { clock, lockMs: 30_000 },
    );
    // drain() runs without a heartbeat, as a process that froze or died would.
    const vanishedRun = vanished.drain();
    await started.promise;

    const rescuer = worker(
      { "test.orphan": async (_payload, context) => void (await context.transaction((trx) => sql`insert into job_effects values (${context.job.id}, 'rescuer')`.execute(trx))) },
      { clock },
    );
    clock.advance(29_999);
    expect(await rescuer.drain()).toBe(0);
    clock.advance(1);
    expect(await rescuer.drain()).toBe(1);
    expect(await jobRow(database.db, id)).toMatchObject({ status: "succeeded", attempts: 2, locked_by: null });

    finish.resolve();
    await vanishedRun;
    expect(await jobRow(database.db, id)).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(await effects(id)).toEqual(["rescuer"]);
  });

  it("keeps the lock of a long job alive while it runs", async () => {
    const clock = fakeClock();
    const start = clock().getTime();
    const id = await enqueueJob(database.db, { kind: "test.long", runAt: clock() });
    const started = deferred();
    const finish = deferred();
    // A 90 ms lock: the heartbeat renews it every 30 ms.
    const long = worker({ "test.long": async () => { started.resolve(); await finish.promise; } }, { clock, lockMs: 90 });
    long.start();
    try {
      await started.promise;
      expect((await jobRow(database.db, id)).locked_until).toBe(new Date(start + 90).toISOString());
      clock.advance(60);
      await vi.waitFor(async () => expect((await jobRow(database.db, id)).locked_until).toBe(new Date(start + 150).toISOString()));
      clock.advance(40);
      expect(await worker({ "test.long": async () => undefined }, { clock }).drain()).toBe(0);
      finish.resolve();
      await vi.waitFor(async () => expect((await jobRow(database.db, id)).status).toBe("succeeded"));
    } finally {
      finish.resolve();
      await long.stop();
    }
  });

  it("makes a job dead when its lock expires on its last attempt", async () => {
    const clock = fakeClock();
    const id = await enqueueJob(database.db, { kind: "test.crashes", runAt: clock(), maxAttempts: 1 });
    const finish = deferred();
    const started = deferred();
    const crashing = worker({ "test.crashes": async () => { started.resolve(); await finish.promise; } }, { clock, lockMs: 1000 });
    const run = crashing.drain();
    await started.promise;
    clock.advance(1000);
    expect(await worker({ "test.crashes": async () => undefined }, { clock }).drain()).toBe(0);
    expect(await jobRow(database.db, id)).toMatchObject({ status: "dead", attempts: 1, last_error: expect.stringContaining("lock expired") });
    finish.resolve();
    await run;
    expect((await jobRow(database.db, id)).status).toBe("dead");
  });
});
