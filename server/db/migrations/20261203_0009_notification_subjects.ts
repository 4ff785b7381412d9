import type { Kysely } from "kysely";

// Portable SQL only, as in the earlier migrations.
export async function up(db: Kysely<unknown>): Promise<void> {
  // The record a notification is about, recorded when it is written (never read back from its link),
  // so that acting on the record — acknowledging a sheet — can mark its notifications read.
  await db.schema.alterTable("notifications").addColumn("subject_type", "text").execute();
  await db.schema.alterTable("notifications").addColumn("subject_id", "text").execute();
  await db.schema.createIndex("notifications_subject_idx").on("notifications").columns(["member_id", "subject_type", "subject_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex("notifications_subject_idx").execute();
  await db.schema.alterTable("notifications").dropColumn("subject_id").execute();
  await db.schema.alterTable("notifications").dropColumn("subject_type").execute();
}
