import { randomBytes } from "node:crypto";
import os from "node:os";
import type { DatabaseHandle, Db } from "../db/database.ts";
import { backoffDelayMs } from "./backoff.ts";
import { silentLogger, type Clock, type JobContext, type JobHandler, type JobLogger, type JobPayload } from "./handler.ts";
import * as repository from "./jobs.repository.ts";
import { JOB_KIND, onJobEnqueued } from "./queue.ts";
import { redactSecrets } from "../redact.ts";

export interface WorkerOptions {
  database: Pick<DatabaseHandle, "db" | "kind">;
  handlers?: Record<string, JobHandler>;
  /** Jobs run at the same time by this worker. */
  concurrency?: number;
  /** How often an idle worker looks for due jobs. */
  pollMs?: number;
  /** How long a claim holds without a heartbeat; a worker that dies loses its jobs after this. */
  lockMs?: number;
  /** Delay before the retry after failed attempt n. */
  backoff?: (attempt: number) => number;
  clock?: Clock;
  logger?: JobLogger;
  id?: string;
}

interface Running {
  claim: repository.Claim;
  controller: AbortController;
  done: Promise<void>;
}

/**
 * Short, so the jobs of a killed worker run again within a minute: the lock
 * expires at most 30 s after the last heartbeat, and any worker's next
 * heartbeat (at most 10 s later) gives them back to the queue.
 */
export const DEFAULT_LOCK_MS = 30_000;
/** Three heartbeats per lock: one that comes late or fails does not lose the job. */
const HEARTBEATS_PER_LOCK = 3;

const MAX_ERROR_LENGTH = 2000;

class LostClaimError extends Error {
  override name = "LostClaimError";
}

/**
 * Claims due jobs and runs them with a handler per kind. Each job is claimed
 * by one worker at a time (see jobs.repository `claimJobs`) and holds a lock
 * that a heartbeat extends while it runs; a job whose worker died is taken up
 * again once its lock expires. Success marks it succeeded; a throw schedules
 * a retry with back-off, and the last allowed attempt makes it dead.
 */
export class JobWorker {
  readonly id: string;
  private readonly db: Db;
  private readonly kind: DatabaseHandle["kind"];
  private readonly handlers = new Map<string, JobHandler>();
  private readonly concurrency: number;
  private readonly pollMs: number;
  private readonly lockMs: number;
  private readonly backoff: (attempt: number) => number;
  private readonly clock: Clock;
  private readonly logger: JobLogger;
  private readonly active = new Map<string, Running>();
  private state: "idle" | "running" | "stopping" | "stopped" = "idle";
  private timer: NodeJS.Timeout | null = null;
  private timerDue = 0;
  private polling: Promise<void> | null = null;
  private pollAgain = false;
  private maintenance: NodeJS.Timeout | null = null;
  private maintaining: Promise<void> | null = null;
  private unsubscribe: (() => void) | null = null;

  constructor(options: WorkerOptions) {
    this.id = options.id ?? `${os.hostname()}:${process.pid}:${randomBytes(3).toString("hex")}`;
    this.db = options.database.db;
    this.kind = options.database.kind;
    this.concurrency = Math.max(1, options.concurrency ?? 2);
    this.pollMs = options.pollMs ?? 1000;
    this.lockMs = options.lockMs ?? DEFAULT_LOCK_MS;
    this.backoff = options.backoff ?? ((attempt) => backoffDelayMs(attempt, { jitter: true }));
    this.clock = options.clock ?? (() => new Date());
    this.logger = options.logger ?? silentLogger;
    for (const [kind, handler] of Object.entries(options.handlers ?? {})) this.handle(kind, handler);
  }

  handle(kind: string, handler: JobHandler): this {
    if (!JOB_KIND.test(kind)) throw new Error(`"${kind}" is not a job kind (lowercase words joined by dots).`);
    if (this.handlers.has(kind)) throw new Error(`A handler for "${kind}" is already registered.`);
    this.handlers.set(kind, handler);
    return this;
  }

  get kinds(): string[] {
    return [...this.handlers.keys()];
  }

  get running(): number {
    return this.active.size;
  }

  start(): void {
    if (this.state !== "idle") throw new Error("A worker starts once.");
    this.state = "running";
    this.unsubscribe = onJobEnqueued(() => this.wake());
    this.maintenance = setInterval(() => void this.maintain(), Math.min(this.lockMs / HEARTBEATS_PER_LOCK, 60_000));
    this.maintenance.unref();
    void this.maintain();
    this.schedule(0);
  }

  /** Looks for due jobs now rather than at the next poll. */
  wake(): void {
    // A moment's delay: the transaction that enqueued is usually still committing.
    if (this.state === "running") this.schedule(5);
  }

  /**
   * Runs every job that is due now, batch after batch, and returns how many
   * ran. For tests and one-off runs; not together with start().
   */
  async drain(): Promise<number> {
    if (this.state !== "idle") throw new Error("drain() is for a worker that was not started.");
    await repository.recoverExpiredLocks(this.db, this.clock().toISOString());
    let ran = 0;
    for (;;) {
      const jobs = await this.claim(this.concurrency);
      if (jobs.length === 0) return ran;
      await Promise.all(jobs.map((job) => this.run(job).done));
      ran += jobs.length;
    }
  }

  /**
   * Stops claiming, waits up to `timeoutMs` for the running jobs, and gives
   * the ones still running back to the queue (due now, the attempt not
   * counted) for another worker or the next start.
   */
  async stop(options: { timeoutMs?: number } = {}): Promise<{ released: number }> {
    if (this.state === "stopped" || this.state === "stopping") return { released: 0 };
    this.state = "stopping";
    this.unsubscribe?.();
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.polling;
    const settled = Promise.allSettled([...this.active.values()].map((running) => running.done));
    let timeout: NodeJS.Timeout | undefined;
    await Promise.race([settled, new Promise((resolve) => (timeout = setTimeout(resolve, options.timeoutMs ?? 10_000)))]);
    clearTimeout(timeout);
    let released = 0;
    for (const running of this.active.values()) {
      // Released first, so whatever the handler does once aborted can no longer finish or fail the job.
      try {
        if (await repository.releaseJob(this.db, running.claim, this.clock().toISOString())) released += 1;
      } catch (error) {
        this.logger.error({ err: error, jobId: running.claim.id }, "could not release a job; it runs again when its lock expires");
      }
      running.controller.abort(new Error("The worker is stopping; the job runs again later."));
    }
    if (this.maintenance) clearInterval(this.maintenance);
    await this.maintaining;
    this.state = "stopped";
    if (released > 0) this.logger.warn({ released }, "released unfinished jobs at shutdown");
    return { released };
  }

  /** Resolves once none of this worker's handlers is running any more (also those released at stop). */
  async settled(): Promise<void> {
    while (this.active.size > 0) await Promise.allSettled([...this.active.values()].map((running) => running.done));
  }

  private schedule(delayMs: number): void {
    const due = Date.now() + delayMs;
    if (this.timer && this.timerDue <= due) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.poll();
    }, delayMs);
  }

  private async poll(): Promise<void> {
    if (this.state !== "running") return;
    if (this.polling) {
      this.pollAgain = true;
      return;
    }
    this.polling = (async () => {
      const free = this.concurrency - this.active.size;
      if (free <= 0) return;
      try {
        for (const job of await this.claim(free)) this.run(job);
      } catch (error) {
        this.logger.error({ err: error }, "could not claim jobs");
      }
    })();
    await this.polling;
    this.polling = null;
    if (this.state !== "running") return;
    if (this.pollAgain) {
      this.pollAgain = false;
      this.schedule(0);
    } else if (this.active.size < this.concurrency) {
      this.schedule(this.pollMs);
    }
    // With every slot busy, the next job to finish polls again.
  }

  private claim(limit: number): Promise<repository.JobRow[]> {
    const now = this.clock();
    return repository.claimJobs(this.db, this.kind, {
      workerId: this.id,
      kinds: this.kinds,
      limit,
      now: now.toISOString(),
      lockedUntil: new Date(now.getTime() + this.lockMs).toISOString(),
    });
  }

  private run(row: repository.JobRow): Running {
    const running: Running = {
      claim: { id: row.id, workerId: this.id, attempts: row.attempts },
      controller: new AbortController(),
      done: Promise.resolve(),
    };
    this.active.set(row.id, running);
    running.done = this.execute(row, running).finally(() => {
      this.active.delete(row.id);
      if (this.state === "running") this.schedule(0);
    });
    return running;
  }

  private async execute(row: repository.JobRow, { claim, controller }: Running): Promise<void> {
    const job = { id: row.id, kind: row.kind, attempt: row.attempts, maxAttempts: row.max_attempts, workspaceId: row.workspace_id, runAt: row.run_at };
    let completed = false;
    const context: JobContext = {
      job,
      db: this.db,
      signal: controller.signal,
      logger: this.logger,
      transaction: async (work) => {
        if (completed) throw new Error("context.transaction() completes the job; call it once.");
        const result = await this.db.transaction().execute(async (trx) => {
          const value = await work(trx);
          if (!(await repository.completeJob(trx, claim, this.clock().toISOString()))) {
            throw new LostClaimError("This worker no longer holds the job; its changes were rolled back.");
          }
          return value;
        });
        completed = true;
        return result;
      },
    };
    try {
      const handler = this.handlers.get(row.kind);
      if (!handler) throw new Error(`No handler for job kind "${row.kind}".`);
      await handler(JSON.parse(row.payload) as JobPayload, context);
      if (!completed && !(await repository.completeJob(this.db, claim, this.clock().toISOString()))) {
        this.logger.warn({ job }, "job finished after this worker lost it (released or expired); it may run again");
        return;
      }
      this.logger.debug({ job }, "job succeeded");
    } catch (error) {
      await this.recordFailure(row, claim, error);
    }
  }

  private async recordFailure(row: repository.JobRow, claim: repository.Claim, error: unknown): Promise<void> {
    const job = { id: row.id, kind: row.kind, attempt: row.attempts, maxAttempts: row.max_attempts };
    const dead = row.attempts >= row.max_attempts;
    const at = this.clock();
    const runAt = new Date(at.getTime() + this.backoff(row.attempts)).toISOString();
    try {
      const recorded = await repository.failJob(this.db, claim, { dead, runAt, error: describeError(error), at: at.toISOString() });
      if (!recorded) this.logger.warn({ job, err: error }, "job failed after this worker lost it (released or expired)");
      else if (dead) this.logger.error({ job, err: error }, "job is dead: its last attempt failed");
      else this.logger.warn({ job, err: error, retryAt: runAt }, "job failed; it will be retried");
    } catch (dbError) {
      this.logger.error({ job, err: dbError }, "could not record a job's failure; it runs again when its lock expires");
    }
  }

  /** Heartbeat for this worker's jobs; jobs of workers that vanished go back to the queue. */
  private maintain(): Promise<void> {
    this.maintaining ??= this.heartbeat().finally(() => (this.maintaining = null));
    return this.maintaining;
  }

  private async heartbeat(): Promise<void> {
    const now = this.clock();
    try {
      const claims = [...this.active.values()].map((running) => running.claim);
      await repository.extendLocks(this.db, claims, new Date(now.getTime() + this.lockMs).toISOString(), now.toISOString());
      const recovered = await repository.recoverExpiredLocks(this.db, now.toISOString());
      if (recovered > 0) {
        this.logger.warn({ recovered }, "took back jobs whose worker stopped without finishing them");
        this.wake();
      }
    } catch (error) {
      this.logger.error({ err: error }, "job heartbeat failed");
    }
  }
}

function describeError(error: unknown): string {
  const raw = error instanceof Error ? (error.name && error.name !== "Error" ? `${error.name}: ${error.message}` : error.message) : String(error);
  // A job's error is stored and shown to admins; a token or URL credential in it must not be.
  const text = redactSecrets(raw);
  return text.length > MAX_ERROR_LENGTH ? `${text.slice(0, MAX_ERROR_LENGTH - 1)}…` : text;
}
