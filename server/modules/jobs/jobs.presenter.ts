import type { Job, JobRecord } from "#shared/contracts/jobs.ts";
import { jobPolicy } from "#shared/policies/jobs.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import type { JobRow } from "./jobs.repository.ts";

/** A job as the caller sees it: the record and what they may do with it. */
export function presentJob(row: JobRow, actor: PolicyActor): Job {
  return { ...jobRecord(row), permissions: permissionsOf(jobPolicy, actor, { status: row.status }) };
}

function jobRecord(row: JobRow): JobRecord {
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
export function auditSnapshot(job: JobRecord) {
  return { kind: job.kind, status: job.status, attempts: job.attempts, runAt: job.runAt, lastError: job.lastError };
}

export const jobSummary = (job: Pick<Job, "kind">, what: string) => `Job ${job.kind}: ${what}`;
