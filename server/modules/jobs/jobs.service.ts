import type { RequestContext } from "#server/kernel/context.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { conflict, notFound } from "#server/kernel/errors.ts";
import { now } from "#server/kernel/ids.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { jobPolicy } from "#shared/policies/jobs.ts";
import { toPage } from "#server/kernel/pagination.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { Job, JobListQuery } from "#shared/contracts/jobs.ts";
import { auditSnapshot, jobSummary, presentJob } from "./jobs.presenter.ts";
import * as repository from "./jobs.repository.ts";

export async function listJobs(ctx: RequestContext, query: JobListQuery): Promise<Page<Job>> {
  const rows = await repository.listJobs(ctx.db, ctx.workspaceId, query);
  return toPage(rows, query.limit, (row) => [row.created_at, row.id], (row) => presentJob(row, ctx.actor));
}

export async function getJob(ctx: RequestContext, id: string): Promise<Job> {
  return presentJob(await mustFind(ctx.db, ctx.workspaceId, id), ctx.actor);
}

/** A failed or dead job runs again now, with its full number of attempts. */
export function retryJob(ctx: RequestContext, id: string): Promise<Job> {
  return changeJob(ctx, id, {
    decide: jobPolicy.retry,
    changes: (at) => ({ status: "queued", run_at: at, attempts: 0, updated_at: at, finished_at: null }),
    summary: "retried",
  });
}

/** Gives up a job that has not run to the end: it stays on record as discarded and never runs. */
export function discardJob(ctx: RequestContext, id: string): Promise<Job> {
  return changeJob(ctx, id, {
    decide: jobPolicy.discard,
    changes: (at) => ({ status: "discarded", updated_at: at, finished_at: at }),
    summary: "discarded",
  });
}

async function changeJob(
  ctx: RequestContext,
  id: string,
  change: {
    decide: (typeof jobPolicy)[keyof typeof jobPolicy];
    changes: (at: string) => Parameters<typeof repository.changeJob>[4];
    summary: string;
  },
): Promise<Job> {
  return ctx.db.transaction().execute(async (trx) => {
    const beforeRow = await mustFind(trx, ctx.workspaceId, id);
    enforce(change.decide(ctx.actor, { status: beforeRow.status }));
    if (!(await repository.changeJob(trx, ctx.workspaceId, id, beforeRow.status, change.changes(now())))) {
      throw conflict("job_changed", "A worker picked this job up meanwhile. Reload it and try again.");
    }
    const afterRow = await mustFind(trx, ctx.workspaceId, id);
    const [before, after] = [presentJob(beforeRow, ctx.actor), presentJob(afterRow, ctx.actor)];
    await writeAudit(trx, ctx.actor, {
      action: "update",
      recordType: "job",
      recordId: id,
      summary: jobSummary(after, change.summary),
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
    return after;
  });
}

async function mustFind(db: Executor, workspaceId: string, id: string) {
  const row = await repository.findJob(db, workspaceId, id);
  if (!row) throw notFound("job");
  return row;
}
