import type { Kysely } from "kysely";

// Portable SQL only, as in the earlier migrations.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Each member hides the getting-started checklist for themselves; the steps' state is read from the records.
  await db.schema
    .createTable("getting_started_dismissals")
    .addColumn("member_id", "text", (c) => c.primaryKey().references("members.id"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("dismissed_at", "text", (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable("getting_started_dismissals").execute();
}
