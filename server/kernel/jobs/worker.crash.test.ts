import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { sql } from "kysely";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it, vi } from "vitest";
import { withDatabase } from "#tests/setup/postgres-cluster.ts";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";
import { deferred, fakeClock, jobRow } from "./jobs.fixtures.ts";
import { enqueueJob } from "./queue.ts";
import { JobWorker } from "./worker.ts";

const ROOT = path.resolve(import.meta.dirname, "../../..");
const CHILD = path.join(import.meta.dirname, "worker.crash.child.ts");
/** Short enough for a test, long enough that the job is surely still held right after the kill (a heartbeat every second). */
const CHILD_LOCK_MS = 3000;

describe("jobs of a worker that was killed", () => {
  let database: TestDatabase;
  const children: ChildProcess[] = [];
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => {
    for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  });
  afterAll(() => database.close());

  /** How another process reaches this test's database. */
  async function databaseTarget(): Promise<string> {
    if (database.kind === "sqlite") return database.sqlitePath!;
    const { rows } = await sql<{ name: string }>`select current_database() as name`.execute(database.db);
    return withDatabase(inject("postgresUrl"), rows[0]!.name);
  }

  /** Starts a worker process (one node process, so its pid is the worker's) and resolves with the job it says it is running. */
  async function startWorkerProcess(kind: string) {
    const child = spawn(process.execPath, ["--import", "tsx", CHILD, await databaseTarget(), kind, String(CHILD_LOCK_MS)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    children.push(child);
    let stderr = "";
    child.stderr!.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const running = await new Promise<{ jobId: string; workerId: string }>((resolve, reject) => {
      let stdout = "";
      child.stdout!.on("data", (chunk: Buffer) => {
        stdout += chunk.toString();
        if (stdout.includes("\n")) resolve(JSON.parse(stdout.slice(0, stdout.indexOf("\n"))));
      });
      child.once("exit", (code, signal) => reject(new Error(`The worker process ended (${signal ?? code}) before running a job: ${stderr}`)));
    });
    return { child, ...running };
  }

  function killHard(child: ChildProcess): Promise<NodeJS.Signals | null> {
    const exited = new Promise<NodeJS.Signals | null>((resolve) => child.once("exit", (_code, signal) => resolve(signal)));
    process.kill(child.pid!, "SIGKILL");
    return exited;
  }

  it("holds a claim 30 s by default, renewed every 10 s, so a killed worker's jobs come back within a minute", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const clock = fakeClock();
    const start = clock().getTime();
    const id = await enqueueJob(database.db, { kind: "test.default-lock", runAt: clock() });
    const started = deferred();
    const finish = deferred();
    const worker = new JobWorker({ database, clock, pollMs: 5, handlers: { "test.default-lock": async () => { started.resolve(); await finish.promise; } } });
    worker.start();
    try {
      await started.promise;
      expect((await jobRow(database.db, id)).locked_until).toBe(new Date(start + 30_000).toISOString());
      clock.advance(10_000);
      await vi.advanceTimersByTimeAsync(9_999);
      expect((await jobRow(database.db, id)).locked_until).toBe(new Date(start + 30_000).toISOString());
      await vi.advanceTimersByTimeAsync(1);
      await vi.waitFor(async () => expect((await jobRow(database.db, id)).locked_until).toBe(new Date(start + 40_000).toISOString()));
    } finally {
      finish.resolve();
      await worker.stop();
      vi.useRealTimers();
    }
  });

  it("keeps a killed process's job until its lock expires, then another worker runs it", async () => {
    const kind = "test.killed";
    const id = await enqueueJob(database.db, { kind });
    const { child, jobId, workerId } = await startWorkerProcess(kind);
    expect(jobId).toBe(id);
    expect(await killHard(child)).toBe("SIGKILL");

    // Killed, not stopped: nothing gave the job back, and no worker may take it yet.
    const held = await jobRow(database.db, id);
    expect(held).toMatchObject({ status: "running", attempts: 1, locked_by: workerId });
    expect(await new JobWorker({ database, handlers: { [kind]: async () => undefined } }).drain()).toBe(0);

    const rerun = deferred<{ attempt: number; at: number }>();
    const rescuer = new JobWorker({ database, pollMs: 20, lockMs: CHILD_LOCK_MS, handlers: { [kind]: async (_payload, { job }) => rerun.resolve({ attempt: job.attempt, at: Date.now() }) } });
    rescuer.start();
    try {
      const { attempt, at } = await rerun.promise;
      expect(attempt).toBe(2);
      expect(at).toBeGreaterThanOrEqual(Date.parse(held.locked_until!));
      await vi.waitFor(async () => expect(await jobRow(database.db, id)).toMatchObject({ status: "succeeded", attempts: 2, locked_by: null }));
      expect((await jobRow(database.db, id)).last_error).toContain("lock expired");
    } finally {
      await rescuer.stop();
    }
  });
});
