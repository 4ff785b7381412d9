import { sql, type Kysely } from "kysely";

// Portable SQL only, as in the earlier migrations.
export async function up(db: Kysely<unknown>): Promise<void> {
  // Who sent each e-mail written to the outbox folder, recorded as it is
  // written. Mail of no workspace (password reset) has none and is never listed.
  await db.schema
    .createTable("outbox_messages")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.references("workspaces.id"))
    .addColumn("file_name", "text", (c) => c.notNull().unique())
    .addColumn("recipient", "text", (c) => c.notNull())
    .addColumn("subject", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("outbox_messages_workspace_idx").on("outbox_messages").columns(["workspace_id", "created_at", "id"]).execute();

  // Failed sign-ins, for the limit per client address and the back-off per account.
  await db.schema
    .createTable("sign_in_failures")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("email", "text", (c) => c.notNull())
    .addColumn("address", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("sign_in_failures_address_idx").on("sign_in_failures").columns(["address", "at"]).execute();
  await db.schema.createIndex("sign_in_failures_email_idx").on("sign_in_failures").columns(["email", "at"]).execute();
  await db.schema.createIndex("sign_in_failures_at_idx").on("sign_in_failures").column("at").execute();

  await db.schema
    .createTable("password_resets")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("user_id", "text", (c) => c.notNull().references("users.id"))
    .addColumn("token_hash", "text", (c) => c.notNull().unique())
    .addColumn("expires_at", "text", (c) => c.notNull())
    .addColumn("used_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("password_resets_user_idx").on("password_resets").columns(["user_id", "created_at"]).execute();

  // Idle expiry beside the absolute one. Sessions already open keep their
  // absolute end as idle end until their next request sets the real one.
  await db.schema.alterTable("sessions").addColumn("last_seen_at", "text", (c) => c.notNull().defaultTo("")).execute();
  await db.schema.alterTable("sessions").addColumn("idle_expires_at", "text", (c) => c.notNull().defaultTo("")).execute();
  await sql`update sessions set last_seen_at = created_at, idle_expires_at = expires_at`.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable("sessions").dropColumn("idle_expires_at").execute();
  await db.schema.alterTable("sessions").dropColumn("last_seen_at").execute();
  for (const table of ["password_resets", "sign_in_failures", "outbox_messages"]) await db.schema.dropTable(table).execute();
}
