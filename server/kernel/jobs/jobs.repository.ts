import { sql, type Insertable, type Selectable } from "kysely";
import type { DatabaseKind, Db, Executor } from "../db/database.ts";
import type { JobsTable, RecurringJobsTable } from "../db/schema.ts";

export type JobRow = Selectable<JobsTable>;
export type RecurringJobRow = Selectable<RecurringJobsTable>;

/** One run of a job by one worker. A claim is fenced by (locked_by, attempts): a worker whose lock expired and was taken over can no longer change the job. */
export interface Claim {
  id: string;
  workerId: string;
  attempts: number;
}

// Literal SQL, so that both databases match it to the partial index jobs_due_idx.
const isWaiting = sql<boolean>`status in ('queued', 'failed')`;

/** False when a job with the same unique key exists (the insert did nothing). */
export async function insertJob(db: Executor, row: Insertable<JobsTable>): Promise<boolean> {
  const inserted = await db.insertInto("jobs").values(row).onConflict((oc) => oc.doNothing()).returning("id").executeTakeFirst();
  return inserted !== undefined;
}

export async function findJobIdByUniqueKey(db: Executor, uniqueKey: string): Promise<string | undefined> {
  const row = await db.selectFrom("jobs").select("id").where("unique_key", "=", uniqueKey).executeTakeFirst();
  return row?.id;
}

export interface ClaimRequest {
  workerId: string;
  kinds: readonly string[];
  limit: number;
  now: string;
  lockedUntil: string;
}

/**
 * Marks up to `limit` due jobs running for this worker and returns them.
 * PostgreSQL: several processes claim at once; `for update skip locked`
 * hands each waiting row to one transaction and lets the others pass it by.
 * SQLite: one UPDATE statement is atomic (the database has one writer), so
 * no two claims can take the same row.
 */
export async function claimJobs(db: Db, kind: DatabaseKind, request: ClaimRequest): Promise<JobRow[]> {
  if (request.kinds.length === 0 || request.limit <= 0) return [];
  const due = (executor: Executor) =>
    executor
      .selectFrom("jobs")
      .select("id")
      .where(isWaiting)
      .where("run_at", "<=", request.now)
      .where("kind", "in", request.kinds)
      .orderBy("run_at")
      .orderBy("id")
      .limit(request.limit);
  const markRunning = (executor: Executor) =>
    executor.updateTable("jobs").set((eb) => ({
      status: "running",
      locked_by: request.workerId,
      locked_until: request.lockedUntil,
      attempts: eb("attempts", "+", 1),
      updated_at: request.now,
    }));

  if (kind === "sqlite") {
    return markRunning(db).where("id", "in", due(db)).where(isWaiting).returningAll().execute();
  }
  return db.transaction().execute(async (trx) => {
    const rows = await due(trx).forUpdate().skipLocked().execute();
    if (rows.length === 0) return [];
    return markRunning(trx).where("id", "in", rows.map((row) => row.id)).returningAll().execute();
  });
}

function updateClaimed(db: Executor, claim: Claim) {
  return db
    .updateTable("jobs")
    .where("id", "=", claim.id)
    .where("status", "=", "running")
    .where("locked_by", "=", claim.workerId)
    .where("attempts", "=", claim.attempts);
}

const changedOne = (result: { numUpdatedRows: bigint }) => Number(result.numUpdatedRows) === 1;

export async function completeJob(db: Executor, claim: Claim, at: string): Promise<boolean> {
  const result = await updateClaimed(db, claim)
    .set({ status: "succeeded", locked_by: null, locked_until: null, updated_at: at, finished_at: at })
    .executeTakeFirst();
  return changedOne(result);
}

export async function failJob(
  db: Executor,
  claim: Claim,
  outcome: { dead: boolean; runAt: string; error: string; at: string },
): Promise<boolean> {
  const result = await updateClaimed(db, claim)
    .set({
      status: outcome.dead ? "dead" : "failed",
      run_at: outcome.dead ? outcome.at : outcome.runAt,
      last_error: outcome.error,
      locked_by: null,
      locked_until: null,
      updated_at: outcome.at,
      finished_at: outcome.dead ? outcome.at : null,
    })
    .executeTakeFirst();
  return changedOne(result);
}

/** Gives an unfinished job back to the queue, due now; the interrupted run does not count as an attempt. */
export async function releaseJob(db: Executor, claim: Claim, at: string): Promise<boolean> {
  const result = await updateClaimed(db, claim)
    .set((eb) => ({
      status: "queued",
      run_at: at,
      attempts: eb("attempts", "-", 1),
      locked_by: null,
      locked_until: null,
      updated_at: at,
    }))
    .executeTakeFirst();
  return changedOne(result);
}

/** Keeps the locks of jobs this worker is still running. */
export async function extendLocks(db: Executor, claims: readonly Claim[], lockedUntil: string, at: string): Promise<void> {
  if (claims.length === 0) return;
  await db
    .updateTable("jobs")
    .set({ locked_until: lockedUntil, updated_at: at })
    .where("status", "=", "running")
    .where((eb) =>
      eb.or(
        claims.map((claim) =>
          eb.and([eb("id", "=", claim.id), eb("locked_by", "=", claim.workerId), eb("attempts", "=", claim.attempts)]),
        ),
      ),
    )
    .execute();
}

/**
 * Running jobs whose lock expired belong to a worker that stopped without
 * saying so (killed, crashed, cut off). They count as a failed attempt: due
 * again now, or dead when that was the last attempt.
 */
export async function recoverExpiredLocks(db: Executor, now: string): Promise<number> {
  const error = "The worker running this job stopped before it finished (its lock expired).";
  const expired = () => db.updateTable("jobs").where("status", "=", "running").where("locked_until", "<=", now);
  const dead = await expired()
    .where((eb) => eb("attempts", ">=", eb.ref("max_attempts")))
    .set({ status: "dead", last_error: error, locked_by: null, locked_until: null, updated_at: now, finished_at: now })
    .executeTakeFirst();
  const retry = await expired()
    .set({ status: "failed", run_at: now, last_error: error, locked_by: null, locked_until: null, updated_at: now })
    .executeTakeFirst();
  return Number(dead.numUpdatedRows) + Number(retry.numUpdatedRows);
}

/** Deletes up to `limit` succeeded or discarded jobs that finished before `before`; returns how many. */
export async function deleteFinishedJobs(db: Executor, before: string, limit: number): Promise<number> {
  const batch = db
    .selectFrom("jobs")
    .select("id")
    .where("status", "in", ["succeeded", "discarded"])
    .where("finished_at", "<", before)
    .limit(limit);
  const result = await db.deleteFrom("jobs").where("id", "in", batch).executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** Registers a recurring job; its next run stays as it was unless the cron expression changed. */
export async function upsertRecurringJob(db: Executor, row: RecurringJobRow): Promise<void> {
  await db
    .insertInto("recurring_jobs")
    .values(row)
    .onConflict((oc) =>
      oc.column("name").doUpdateSet((eb) => ({
        kind: eb.ref("excluded.kind"),
        cron: eb.ref("excluded.cron"),
        next_run_at: eb
          .case()
          .when("recurring_jobs.cron", "=", eb.ref("excluded.cron"))
          .then(eb.ref("recurring_jobs.next_run_at"))
          .else(eb.ref("excluded.next_run_at"))
          .end(),
      })),
    )
    .execute();
}

export function listDueRecurringJobs(db: Executor, now: string): Promise<RecurringJobRow[]> {
  return db.selectFrom("recurring_jobs").selectAll().where("next_run_at", "<=", now).orderBy("next_run_at").execute();
}

export function findRecurringJob(db: Executor, name: string): Promise<RecurringJobRow | undefined> {
  return db.selectFrom("recurring_jobs").selectAll().where("name", "=", name).executeTakeFirst();
}

/**
 * Moves a recurring job from the run that fell due to the next one. Only the
 * caller whose update changed the row may enqueue the run: of several
 * schedulers ticking at once, exactly one sees `true`.
 */
export async function advanceRecurringJob(db: Executor, name: string, due: string, next: string): Promise<boolean> {
  const result = await db
    .updateTable("recurring_jobs")
    .set({ next_run_at: next, last_run_at: due })
    .where("name", "=", name)
    .where("next_run_at", "=", due)
    .executeTakeFirst();
  return changedOne(result);
}
