import { sql, type Kysely } from "kysely";

// Portable SQL only: text, integer, indexes. Timestamps are ISO-8601 text and
// JSON is text, so the same migration runs on SQLite and PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("users")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull().unique())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("password_hash", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("workspaces")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("slug", "text", (c) => c.notNull().unique())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();

  await db.schema
    .createTable("members")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("roles", "text", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addUniqueConstraint("members_workspace_user_unique", ["workspace_id", "user_id"])
    .execute();
  await db.schema.createIndex("members_user_idx").on("members").column("user_id").execute();

  await db.schema
    .createTable("sessions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sessions_user_idx").on("sessions").columns(["user_id", "workspace_id"]).execute();

  await db.schema
    .createTable("invitations")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("roles", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("invited_by_member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("accepted_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("invitations_workspace_idx").on("invitations").columns(["workspace_id", "created_at", "id"]).execute();

  await db.schema
    .createTable("api_tokens")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("prefix", "text", (c) => c.notNull())
    .addColumn("expires_at", "text")
    .addColumn("last_used_at", "text")
    .addColumn("revoked_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("api_tokens_member_idx").on("api_tokens").columns(["workspace_id", "member_id", "created_at"]).execute();

  await db.schema
    .createTable("services")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("name", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("duration_min_weeks", "integer", (c) => c.notNull())
    .addColumn("duration_max_weeks", "integer", (c) => c.notNull())
    .addColumn("lead_time_weeks", "integer", (c) => c.notNull())
    .addColumn("estimation_template", "text", (c) => c.notNull())
    .addColumn("currency", "text", (c) => c.notNull())
    .addColumn("rate_card", "text", (c) => c.notNull())
    // Totals derived from template and rate card on every write, so the
    // catalog list reads four numbers instead of parsing two documents a row.
    .addColumn("effort_min_days", "double precision", (c) => c.notNull())
    .addColumn("effort_max_days", "double precision", (c) => c.notNull())
    .addColumn("price_min", "bigint", (c) => c.notNull())
    .addColumn("price_max", "bigint", (c) => c.notNull())
    .addColumn("owner_member_id", "text", (c) => c.references("members.id"))
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  // The list sorts by name or by creation. Names are unique per workspace
  // regardless of case, enforced by an expression index so that two
  // concurrent creates cannot both pass a read-then-insert check.
  await db.schema.createIndex("services_workspace_name_idx").on("services").columns(["workspace_id", "name", "id"]).execute();
  await sql`create unique index services_workspace_lower_name_idx on services (workspace_id, lower(name))`.execute(db);
  await db.schema.createIndex("services_workspace_created_idx").on("services").columns(["workspace_id", "created_at", "id"]).execute();

  await db.schema
    .createTable("audit_entries")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("actor_member_id", "text")
    .addColumn("actor_name", "text", (c) => c.notNull())
    .addColumn("action", "text", (c) => c.notNull())
    .addColumn("record_type", "text", (c) => c.notNull())
    .addColumn("record_id", "text", (c) => c.notNull())
    .addColumn("summary", "text", (c) => c.notNull())
    .addColumn("before", "text")
    .addColumn("after", "text")
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("audit_workspace_at_idx").on("audit_entries").columns(["workspace_id", "at", "id"]).execute();
  await db.schema.createIndex("audit_workspace_type_idx").on("audit_entries").columns(["workspace_id", "record_type", "at", "id"]).execute();
  await db.schema.createIndex("audit_workspace_actor_idx").on("audit_entries").columns(["workspace_id", "actor_member_id", "at", "id"]).execute();
  await db.schema.createIndex("audit_record_idx").on("audit_entries").columns(["workspace_id", "record_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["audit_entries", "services", "api_tokens", "invitations", "sessions", "members", "workspaces", "users"]) {
    await db.schema.dropTable(table).execute();
  }
}
