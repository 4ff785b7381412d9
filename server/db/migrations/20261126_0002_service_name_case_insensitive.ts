import { sql, type Kysely } from "kysely";

// Service names are unique per workspace regardless of case ("ERP rollout" and
// "erp rollout" are one service to people). An expression index enforces it on
// both databases, so two concurrent creates cannot slip past a read-then-insert
// check. The existing (workspace_id, name) index stays: the list sorts on it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`create unique index services_workspace_lower_name_idx on services (workspace_id, lower(name))`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("services_workspace_lower_name_idx").execute();
}
