import { JOB_STATUSES, type JobStatus } from "#shared/contracts/jobs.ts";

export const JOB_STATUS_LABELS: Record<JobStatus, string> = {
  queued: "Queued",
  running: "Running",
  failed: "Failed",
  dead: "Dead",
  succeeded: "Succeeded",
  discarded: "Discarded",
};

export const JOB_STATUS_COLORS: Record<JobStatus, string> = {
  queued: "blue",
  running: "cyan",
  failed: "orange",
  dead: "red",
  succeeded: "teal",
  discarded: "gray",
};

export const JOB_STATUS_OPTIONS = JOB_STATUSES.map((value) => ({ value, label: JOB_STATUS_LABELS[value] }));

