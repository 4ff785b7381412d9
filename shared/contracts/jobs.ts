import { z } from "zod";
import { jobPolicy } from "#shared/policies/jobs.ts";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { PageQuerySchema, pageOf } from "./common.ts";

export const JOB_STATUSES = ["queued", "running", "succeeded", "failed", "dead", "discarded"] as const;
export const JobStatusSchema = z
  .enum(JOB_STATUSES)
  .describe(
    "queued: waiting to run; running: claimed by a worker; succeeded; failed: an attempt failed and the next one is due at runAt; " +
      "dead: the last allowed attempt failed; discarded: an admin gave it up.",
  );
export type JobStatus = z.infer<typeof JobStatusSchema>;

export const JobRecordSchema = z.object({
  id: z.string(),
  kind: z.string(),
  status: JobStatusSchema,
  payload: z.record(z.string(), z.unknown()),
  uniqueKey: z.string().nullable(),
  attempts: z.number(),
  maxAttempts: z.number(),
  /** When it runs (again). */
  runAt: z.string(),
  lastError: z.string().nullable(),
  /** The worker running it, while it runs. */
  lockedBy: z.string().nullable(),
  lockedUntil: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type JobRecord = z.infer<typeof JobRecordSchema>;
export const JobSchema = JobRecordSchema.extend({ permissions: permissionsSchema(jobPolicy) });
export type Job = z.infer<typeof JobSchema>;
export const JobPageSchema = pageOf(JobSchema);

export const JobListQuerySchema = PageQuerySchema.extend({
  status: JobStatusSchema.optional(),
  kind: z
    .string()
    .max(100)
    .regex(/^[a-z][a-z0-9_.-]*$/, "Lowercase letters, digits, dots, dashes and underscores.")
    .optional(),
});
export type JobListQuery = z.infer<typeof JobListQuerySchema>;
