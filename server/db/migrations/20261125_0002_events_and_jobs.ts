import { sql, type Kysely } from "kysely";

// Portable SQL only, as in the foundation migration: text timestamps, JSON as
// text, indexes both databases build the same way.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The outbox: what happened, written in the transaction of the change itself.
  await db.schema
    .createTable("events")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("type", "text", (c) => c.notNull())
    .addColumn("record_type", "text", (c) => c.notNull())
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("actor_member_id", "text")
    .addColumn("payload", "text", (c) => c.notNull())
    .addColumn("occurred_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("events_workspace_occurred_idx").on("events").columns(["workspace_id", "occurred_at", "id"]).execute();

  await db.schema
    .createTable("jobs")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("payload", "text", (c) => c.notNull())
    // Null for system jobs (clean-up, recurring sweeps).
    .addColumn("workspace_id", "text", (c) => c.references("workspaces.id"))
    // Unique over the keys given; both databases let any number of rows leave it null.
    .addColumn("unique_key", "text", (c) => c.unique())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("run_at", "text", (c) => c.notNull())
    .addColumn("attempts", "integer", (c) => c.notNull())
    .addColumn("max_attempts", "integer", (c) => c.notNull())
    .addColumn("last_error", "text")
    .addColumn("locked_by", "text")
    .addColumn("locked_until", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addColumn("finished_at", "text")
    .execute();
  // Running jobs whose lock expired; finished jobs to clean up. No index
  // leads with status: SQLite would pick it for claiming and sort every
  // waiting job on each claim, so a claim would cost more as the queue grows.
  await db.schema.createIndex("jobs_locked_until_idx").on("jobs").column("locked_until").execute();
  await db.schema.createIndex("jobs_finished_at_idx").on("jobs").column("finished_at").execute();
  // Claiming reads the due jobs in order. Only waiting jobs are in this index,
  // so it stays as small as the queue however many jobs have finished. The
  // predicate is literal SQL: a query matches it only with the same literals.
  await sql`create index jobs_due_idx on jobs (run_at, id) where status in ('queued', 'failed')`.execute(db);
  // The admin list: newest first, optionally by status or kind.
  await db.schema.createIndex("jobs_workspace_created_idx").on("jobs").columns(["workspace_id", "created_at", "id"]).execute();
  await db.schema.createIndex("jobs_workspace_status_idx").on("jobs").columns(["workspace_id", "status", "created_at", "id"]).execute();
  await db.schema.createIndex("jobs_workspace_kind_idx").on("jobs").columns(["workspace_id", "kind", "created_at", "id"]).execute();

  await db.schema
    .createTable("recurring_jobs")
    .addColumn("name", "text", (c) => c.primaryKey())
    .addColumn("cron", "text", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("next_run_at", "text", (c) => c.notNull())
    .addColumn("last_run_at", "text")
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["recurring_jobs", "jobs", "events"]) await db.schema.dropTable(table).execute();
}
