import type { Kysely } from "kysely";

// Portable SQL only, as in the earlier migrations.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("notifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("body", "text", (c) => c.notNull())
    // A path inside the app (`/services/<id>`), never a full URL.
    .addColumn("link", "text", (c) => c.notNull())
    .addColumn("event_id", "text")
    // The member's channel for the kind when it was created: in_app, email or digest.
    .addColumn("channel", "text", (c) => c.notNull())
    .addColumn("read_at", "text")
    // Set when a daily digest carried it, so a rerun sends nothing twice.
    .addColumn("digested_at", "text")
    .addColumn("created_at", "text", (c) => c.notNull())
    .execute();
  // The inbox, newest first.
  await db.schema
    .createIndex("notifications_inbox_idx")
    .on("notifications")
    .columns(["workspace_id", "member_id", "created_at", "id"])
    .execute();
  // Unread counts (and the unread filter).
  await db.schema.createIndex("notifications_unread_idx").on("notifications").columns(["member_id", "read_at"]).execute();
  // One notification per member and event, so a repeated event dispatch adds none; null event ids never collide.
  await db.schema.createIndex("notifications_event_member_idx").on("notifications").columns(["member_id", "event_id"]).unique().execute();
  // The digest's sweep.
  await db.schema.createIndex("notifications_digest_idx").on("notifications").columns(["channel", "digested_at", "created_at"]).execute();

  await db.schema
    .createTable("notification_preferences")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("channel", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("notification_preferences_pk", ["member_id", "kind"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["notification_preferences", "notifications"]) await db.schema.dropTable(table).execute();
}
