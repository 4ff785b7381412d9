import type { Executor } from "#server/kernel/db/database.ts";
import type { JobStatus } from "#server/kernel/db/schema.ts";
import { afterCursor } from "#server/kernel/pagination.ts";
import type { JobRow } from "#server/kernel/jobs/jobs.repository.ts";

export type { JobRow };

/** Newest first; (created_at, id) ends every index of the list. */
const JOB_ORDER = { column: "jobs.created_at", direction: "desc" } as const;

export function listJobs(
  db: Executor,
  workspaceId: string,
  options: { status?: JobStatus; kind?: string; cursor?: string; limit: number },
): Promise<JobRow[]> {
  let query = db.selectFrom("jobs").selectAll().where("workspace_id", "=", workspaceId);
  if (options.status) query = query.where("status", "=", options.status);
  if (options.kind) query = query.where("kind", "=", options.kind);
  if (options.cursor) query = query.where(afterCursor(JOB_ORDER, "jobs.id", options.cursor));
  return query
    .orderBy("created_at", "desc")
    .orderBy("id", "desc")
    .limit(options.limit + 1)
    .execute();
}

export function findJob(db: Executor, workspaceId: string, id: string): Promise<JobRow | undefined> {
  return db.selectFrom("jobs").selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
}

/** Changes a job still in the state it was read in; false when a worker (or another admin) got there first. */
export async function changeJob(
  db: Executor,
  workspaceId: string,
  id: string,
  from: JobStatus,
  changes: { status: JobStatus; run_at?: string; attempts?: number; updated_at: string; finished_at: string | null },
): Promise<boolean> {
  const result = await db
    .updateTable("jobs")
    .set(changes)
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("status", "=", from)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
