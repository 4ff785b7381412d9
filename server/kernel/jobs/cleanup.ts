import type { JobHandler } from "./handler.ts";
import * as repository from "./jobs.repository.ts";

export const CLEANUP_JOB = "jobs.cleanup";
/** Daily, at a quiet hour (UTC). */
export const CLEANUP_CRON = "17 3 * * *";
/** Succeeded and discarded jobs are kept this long for the admin view; dead ones until someone acts. */
export const FINISHED_JOB_DAYS = 14;
const BATCH = 5000;

/** Deletes finished jobs in batches, so the table holds the queue and recent history, not every job ever run. */
export const cleanupFinishedJobs: JobHandler = async (_payload, { db, signal }) => {
  const before = new Date(Date.now() - FINISHED_JOB_DAYS * 86_400_000).toISOString();
  while (!signal.aborted && (await repository.deleteFinishedJobs(db, before, BATCH)) === BATCH) {
    // another batch
  }
};
