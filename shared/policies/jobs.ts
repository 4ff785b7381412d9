import type { JobStatus } from "#shared/contracts/jobs.ts";
import { onlyRoles, refuse, type Policy } from "./policy.ts";
import { ADMINS } from "./roles.ts";

export interface JobFacts {
  status: JobStatus;
}

const admin = onlyRoles(ADMINS, "not_an_admin", "Only admins manage jobs.");

/** Admins retry what failed and give up what has not run to the end; a running job belongs to its worker. */
export const jobPolicy = {
  retry: (actor, job) => {
    const refused = admin(actor);
    if (refused) return refused;
    return job.status === "failed" || job.status === "dead"
      ? null
      : refuse("job_not_retryable", `Only failed or dead jobs can be retried; this one is ${job.status}.`);
  },
  discard: (actor, job) => {
    const refused = admin(actor);
    if (refused) return refused;
    if (job.status === "running") return refuse("job_not_discardable", "This job is running; it can be discarded once it has finished or failed.");
    return job.status === "queued" || job.status === "failed" || job.status === "dead"
      ? null
      : refuse("job_not_discardable", `Only queued, failed or dead jobs can be discarded; this one is ${job.status}.`);
  },
} satisfies Policy<JobFacts, string>;

export type JobPermissions = Record<keyof typeof jobPolicy, boolean>;
