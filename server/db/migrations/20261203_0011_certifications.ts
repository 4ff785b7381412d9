import type { Kysely } from "kysely";

// Portable SQL only, as in the earlier migrations. Evidence is kept in the
// certifications module's own tables, so earning never reads quizzes' or
// sessions' tables: they report what happened, certifications decide.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("certification_requirements")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("service_id", "text", (c) => c.notNull().references("services.id"))
    .addColumn("validity_months", "integer", (c) => c.notNull())
    .addColumn("attendance_months", "integer")
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("certification_requirements_pk", ["workspace_id", "service_id"])
    .execute();

  await db.schema
    .createTable("certification_evidence")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("service_id", "text", (c) => c.notNull().references("services.id"))
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("ref_id", "text", (c) => c.notNull())
    .addColumn("at", "text", (c) => c.notNull())
    .addUniqueConstraint("certification_evidence_unique", ["workspace_id", "member_id", "service_id", "kind", "ref_id"])
    .execute();

  await db.schema
    .createTable("certifications")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("service_id", "text", (c) => c.notNull().references("services.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("earned_at", "text", (c) => c.notNull())
    .addColumn("earned_on", "text", (c) => c.notNull())
    .addColumn("expires_on", "text", (c) => c.notNull())
    .addColumn("validity_months", "integer", (c) => c.notNull())
    .addColumn("quiz_attempt_id", "text", (c) => c.notNull())
    // 1 for the latest earning of its member and service; a renewal sets the one it replaces to 0.
    .addColumn("current", "integer", (c) => c.notNull())
    .addUniqueConstraint("certifications_number_unique", ["workspace_id", "member_id", "service_id", "number"])
    .execute();
  // The readiness matrix reads every current certification of a workspace: this index covers it.
  await db.schema.createIndex("certifications_current_idx").on("certifications").columns(["workspace_id", "current", "member_id", "service_id", "expires_on"]).execute();
  await db.schema.createIndex("certifications_expiry_idx").on("certifications").columns(["current", "expires_on"]).execute();

  await db.schema
    .createTable("certification_reminders")
    .addColumn("certification_id", "text", (c) => c.notNull().references("certifications.id"))
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("days_before", "integer", (c) => c.notNull())
    .addColumn("sent_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("certification_reminders_pk", ["certification_id", "days_before"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["certification_reminders", "certifications", "certification_evidence", "certification_requirements"]) await db.schema.dropTable(table).execute();
}
