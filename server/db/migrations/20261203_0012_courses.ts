import { sql, type Kysely } from "kysely";

// Portable SQL only, as in the earlier migrations. A module's progress is
// not stored: it is read from what the member did (acknowledged the sheet's
// current version, passed the quiz, confirmed the link), so a new sheet
// version opens the module again by itself.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("courses")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("sort_key", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("onboarding", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("courses_list_idx").on("courses").columns(["workspace_id", "sort_key", "id"]).execute();
  await sql`create unique index courses_onboarding_idx on courses (workspace_id) where onboarding = 1`.execute(db);

  await db.schema
    .createTable("course_modules")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("course_id", "text", (c) => c.notNull().references("courses.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("url", "text")
    .addColumn("ref_id", "text")
    .execute();
  await db.schema.createIndex("course_modules_course_idx").on("course_modules").columns(["course_id", "position"]).execute();

  await db.schema
    .createTable("enrollments")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("course_id", "text", (c) => c.notNull().references("courses.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("source", "text", (c) => c.notNull())
    .addColumn("enrolled_by_member_id", "text", (c) => c.references("members.id"))
    .addColumn("enrolled_at", "text", (c) => c.notNull())
    .addColumn("due_on", "text")
    .addColumn("completed_at", "text")
    .addColumn("reminded_on", "text")
    .addUniqueConstraint("enrollments_course_member_unique", ["course_id", "member_id"])
    .execute();
  await db.schema.createIndex("enrollments_member_idx").on("enrollments").columns(["workspace_id", "member_id"]).execute();
  await db.schema.createIndex("enrollments_due_idx").on("enrollments").columns(["completed_at", "due_on"]).execute();

  await db.schema
    .createTable("enrollment_confirmations")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("enrollment_id", "text", (c) => c.notNull().references("enrollments.id"))
    .addColumn("module_id", "text", (c) => c.notNull())
    .addColumn("confirmed_at", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("enrollment_confirmations_pk", ["enrollment_id", "module_id"])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["enrollment_confirmations", "enrollments", "course_modules", "courses"]) await db.schema.dropTable(table).execute();
}
