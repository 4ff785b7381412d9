import type { Job } from "#shared/contracts/jobs.ts";
import type { JobRow } from "./jobs.repository.ts";

export function presentJob(row: JobRow): Job {
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    payload: JSON.parse(row.payload) as Job["payload"],
    uniqueKey: row.unique_key,
    attempts: row.attempts,
    maxAttempts: row.max_attempts,
    runAt: row.run_at,
    lastError: row.last_error,
    lockedBy: row.locked_by,
    lockedUntil: row.locked_until,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    finishedAt: row.finished_at,
  };
}

/** What the audit log keeps of a job an admin acted on. */
export function auditSnapshot(job: Job) {
  return { kind: job.kind, status: job.status, attempts: job.attempts, runAt: job.runAt, lastError: job.lastError };
}

export const jobSummary = (job: Pick<Job, "kind">, what: string) => `Job ${job.kind}: ${what}`;
