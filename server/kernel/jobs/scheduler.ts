import type { Db } from "../db/database.ts";
import { nextRunAfter, validateCron } from "./cron.ts";
import * as repository from "./jobs.repository.ts";
import { JOB_KIND, enqueueJob } from "./queue.ts";
import { silentLogger, type Clock, type JobLogger } from "./handler.ts";

export interface SchedulerOptions {
  db: Db;
  clock?: Clock;
  /** How often to look for recurring jobs that fell due. */
  tickMs?: number;
  logger?: JobLogger;
}

/**
 * Recurring jobs by cron expression (UTC). Every Tandem process may run a
 * scheduler: for each run that falls due, all of them try to move the row to
 * its next run with a conditional update, and only the one whose update
 * changed the row enqueues the job, in the same transaction. The job's unique
 * key (`recurring:<name>:<time>`) is a second guard. Runs missed while no
 * process was up are not caught up one by one: the latest one runs once.
 */
export class Scheduler {
  private readonly db: Db;
  private readonly clock: Clock;
  private readonly tickMs: number;
  private readonly logger: JobLogger;
  private timer: NodeJS.Timeout | null = null;
  private ticking: Promise<unknown> | null = null;

  constructor(options: SchedulerOptions) {
    this.db = options.db;
    this.clock = options.clock ?? (() => new Date());
    this.tickMs = options.tickMs ?? 10_000;
    this.logger = options.logger ?? silentLogger;
  }

  /** Registers (or changes) a recurring job; a process restarting with the same cron keeps the next run it had. */
  async schedule(name: string, cron: string, kind: string): Promise<void> {
    if (!JOB_KIND.test(kind)) throw new Error(`"${kind}" is not a job kind (lowercase words joined by dots).`);
    const expression = validateCron(cron);
    const next = nextRunAfter(expression, this.clock()).toISOString();
    await repository.upsertRecurringJob(this.db, { name, cron: expression, kind, next_run_at: next, last_run_at: null });
  }

  /** Enqueues the recurring jobs that fell due; returns the names this scheduler enqueued. */
  async tick(): Promise<string[]> {
    const now = this.clock();
    const enqueued: string[] = [];
    for (const row of await repository.listDueRecurringJobs(this.db, now.toISOString())) {
      let next: string;
      try {
        next = nextRunAfter(row.cron, now).toISOString();
      } catch (error) {
        this.logger.error({ err: error, schedule: row.name }, "recurring job has an invalid cron expression");
        continue;
      }
      const won = await this.db.transaction().execute(async (trx) => {
        if (!(await repository.advanceRecurringJob(trx, row.name, row.next_run_at, next))) return false;
        await enqueueJob(trx, {
          kind: row.kind,
          payload: { schedule: row.name, scheduledFor: row.next_run_at },
          runAt: row.next_run_at,
          uniqueKey: `recurring:${row.name}:${row.next_run_at}`,
        });
        return true;
      });
      if (won) enqueued.push(row.name);
    }
    return enqueued;
  }

  start(): void {
    if (this.timer) return;
    const tick = () => {
      if (this.ticking) return;
      this.ticking = this.tick()
        .catch((error: unknown) => this.logger.error({ err: error }, "scheduler tick failed"))
        .finally(() => (this.ticking = null));
    };
    this.timer = setInterval(tick, this.tickMs);
    this.timer.unref();
    tick();
  }

  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    await this.ticking;
  }
}
