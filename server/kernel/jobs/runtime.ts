import type { Env } from "#server/env.ts";
import {
  NOTIFICATION_DIGEST_CRON,
  NOTIFICATION_DIGEST_JOB,
  notificationJobHandlers,
} from "#server/modules/notifications/notifications.jobs.ts";
import { STALE_SHEETS_CRON, STALE_SHEETS_JOB, staleSheetsHandler } from "#server/modules/cheatsheets/cheatsheets.jobs.ts";
import { CERTIFICATION_REMINDERS_CRON, CERTIFICATION_REMINDERS_JOB, certificationRemindersHandler } from "#server/modules/certifications/certifications.jobs.ts";
import { OVERDUE_ENROLLMENTS_CRON, OVERDUE_ENROLLMENTS_JOB, overdueEnrollmentsHandler } from "#server/modules/courses/courses.jobs.ts";
import { CLOSE_OVERDUE_ATTEMPTS_CRON, CLOSE_OVERDUE_ATTEMPTS_JOB, closeOverdueAttemptsHandler } from "#server/modules/quizzes/quizzes.jobs.ts";
import { WEBHOOK_DELIVER_JOB, webhookDeliverHandler } from "#server/modules/webhooks/webhooks.dispatch.ts";
import { EVENT_DISPATCH_JOB, eventDispatchHandler } from "../events/events.ts";
import type { DatabaseHandle } from "../db/database.ts";
import type { MailEnv } from "../mail/mailer.ts";
import { CLEANUP_CRON, CLEANUP_JOB, cleanupFinishedJobs } from "./cleanup.ts";
import { Scheduler } from "./scheduler.ts";
import type { JobHandler, JobLogger } from "./handler.ts";
import { JobWorker } from "./worker.ts";

/**
 * Every job kind this build runs; modules add theirs here. Handlers that
 * send e-mail get the environment from here (never process.env), so a
 * test's DATA_DIR is the outbox its jobs write to.
 */
export function jobHandlers(env: MailEnv): Record<string, JobHandler> {
  return {
    [EVENT_DISPATCH_JOB]: eventDispatchHandler(),
    [CLEANUP_JOB]: cleanupFinishedJobs,
    [WEBHOOK_DELIVER_JOB]: webhookDeliverHandler,
    [STALE_SHEETS_JOB]: staleSheetsHandler,
    [CLOSE_OVERDUE_ATTEMPTS_JOB]: closeOverdueAttemptsHandler,
    [CERTIFICATION_REMINDERS_JOB]: certificationRemindersHandler,
    [OVERDUE_ENROLLMENTS_JOB]: overdueEnrollmentsHandler,
    ...notificationJobHandlers(env),
  };
}

/** Every recurring job: name → cron (UTC) and kind. */
const RECURRING: Record<string, { cron: string; kind: string }> = {
  [CLEANUP_JOB]: { cron: CLEANUP_CRON, kind: CLEANUP_JOB },
  [NOTIFICATION_DIGEST_JOB]: { cron: NOTIFICATION_DIGEST_CRON, kind: NOTIFICATION_DIGEST_JOB },
  [STALE_SHEETS_JOB]: { cron: STALE_SHEETS_CRON, kind: STALE_SHEETS_JOB },
  [CLOSE_OVERDUE_ATTEMPTS_JOB]: { cron: CLOSE_OVERDUE_ATTEMPTS_CRON, kind: CLOSE_OVERDUE_ATTEMPTS_JOB },
  [CERTIFICATION_REMINDERS_JOB]: { cron: CERTIFICATION_REMINDERS_CRON, kind: CERTIFICATION_REMINDERS_JOB },
  [OVERDUE_ENROLLMENTS_JOB]: { cron: OVERDUE_ENROLLMENTS_CRON, kind: OVERDUE_ENROLLMENTS_JOB },
};

const SCHEDULER_TICK_MS = 10_000;
const SHUTDOWN_TIMEOUT_MS = 10_000;

export interface JobRuntime {
  worker: JobWorker;
  scheduler: Scheduler;
  /** Stops scheduling and claiming; running jobs finish, or go back to the queue after timeoutMs. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

/** The worker and the scheduler of one Tandem process (the server, or `tandem worker`). */
export async function startJobRuntime(options: {
  database: Pick<DatabaseHandle, "db" | "kind">;
  env: Pick<Env, "WORKER_CONCURRENCY" | "WORKER_POLL_MS"> & MailEnv;
  logger: JobLogger;
}): Promise<JobRuntime> {
  const { database, env, logger } = options;
  const worker = new JobWorker({
    database,
    handlers: jobHandlers(env),
    concurrency: env.WORKER_CONCURRENCY,
    pollMs: env.WORKER_POLL_MS,
    logger,
  });
  const scheduler = new Scheduler({ db: database.db, tickMs: SCHEDULER_TICK_MS, logger });
  for (const [name, { cron, kind }] of Object.entries(RECURRING)) await scheduler.schedule(name, cron, kind);
  worker.start();
  scheduler.start();
  logger.info({ workerId: worker.id, concurrency: env.WORKER_CONCURRENCY, kinds: worker.kinds }, "job worker started");
  return {
    worker,
    scheduler,
    async stop({ timeoutMs = SHUTDOWN_TIMEOUT_MS } = {}) {
      await scheduler.stop();
      await worker.stop({ timeoutMs });
      logger.info({ workerId: worker.id }, "job worker stopped");
    },
  };
}
