import { sql, type Kysely } from "kysely";

// Portable SQL only, as in the earlier migrations. An attempt keeps the
// questions it drew (with their key) so that editing the bank never changes
// how an attempt already started is scored.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable("quizzes")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("service_id", "text", (c) => c.references("services.id"))
    .addColumn("title", "text", (c) => c.notNull())
    .addColumn("sort_key", "text", (c) => c.notNull())
    .addColumn("description", "text", (c) => c.notNull())
    .addColumn("pass_mark", "integer", (c) => c.notNull())
    .addColumn("questions_per_attempt", "integer", (c) => c.notNull())
    .addColumn("max_attempts", "integer")
    .addColumn("cooldown_minutes", "integer", (c) => c.notNull())
    .addColumn("time_limit_minutes", "integer")
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("quizzes_list_idx").on("quizzes").columns(["workspace_id", "sort_key", "id"]).execute();
  // One quiz certifies a service.
  await sql`create unique index quizzes_service_idx on quizzes (workspace_id, service_id) where service_id is not null`.execute(db);

  await db.schema
    .createTable("quiz_questions")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("quiz_id", "text", (c) => c.notNull().references("quizzes.id"))
    .addColumn("position", "integer", (c) => c.notNull())
    .addColumn("kind", "text", (c) => c.notNull())
    .addColumn("prompt", "text", (c) => c.notNull())
    .addColumn("explanation", "text", (c) => c.notNull())
    .addColumn("choices", "text", (c) => c.notNull())
    .addColumn("version", "integer", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("updated_at", "text", (c) => c.notNull())
    .execute();
  await db.schema.createIndex("quiz_questions_quiz_idx").on("quiz_questions").columns(["quiz_id", "position"]).execute();

  await db.schema
    .createTable("quiz_attempts")
    .addColumn("id", "text", (c) => c.primaryKey())
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("quiz_id", "text", (c) => c.notNull().references("quizzes.id"))
    .addColumn("member_id", "text", (c) => c.notNull().references("members.id"))
    .addColumn("number", "integer", (c) => c.notNull())
    .addColumn("status", "text", (c) => c.notNull())
    .addColumn("started_at", "text", (c) => c.notNull())
    .addColumn("deadline_at", "text", (c) => c.notNull())
    .addColumn("closed_at", "text")
    .addColumn("questions", "text", (c) => c.notNull())
    .addColumn("answers", "text", (c) => c.notNull())
    .addColumn("correct_count", "integer")
    .addColumn("question_count", "integer", (c) => c.notNull())
    .addColumn("score", "integer")
    .addColumn("passed", "integer")
    .addColumn("pass_mark", "integer", (c) => c.notNull())
    // Two requests starting an attempt at once cannot both be number N.
    .addUniqueConstraint("quiz_attempts_number_unique", ["quiz_id", "member_id", "number"])
    .execute();
  await db.schema.createIndex("quiz_attempts_member_idx").on("quiz_attempts").columns(["workspace_id", "quiz_id", "member_id", "number"]).execute();
  await db.schema.createIndex("quiz_attempts_open_idx").on("quiz_attempts").columns(["status", "deadline_at"]).execute();

  await db.schema
    .createTable("quiz_answers")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("quiz_id", "text", (c) => c.notNull().references("quizzes.id"))
    .addColumn("attempt_id", "text", (c) => c.notNull().references("quiz_attempts.id"))
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("answered", "integer", (c) => c.notNull())
    .addColumn("correct", "integer", (c) => c.notNull())
    .addPrimaryKeyConstraint("quiz_answers_pk", ["attempt_id", "question_id"])
    .execute();
  await db.schema.createIndex("quiz_answers_quiz_idx").on("quiz_answers").columns(["quiz_id", "question_id"]).execute();

  await db.schema
    .createTable("quiz_answer_picks")
    .addColumn("workspace_id", "text", (c) => c.notNull().references("workspaces.id"))
    .addColumn("quiz_id", "text", (c) => c.notNull().references("quizzes.id"))
    .addColumn("attempt_id", "text", (c) => c.notNull().references("quiz_attempts.id"))
    .addColumn("question_id", "text", (c) => c.notNull())
    .addColumn("choice_id", "text", (c) => c.notNull())
    .addPrimaryKeyConstraint("quiz_answer_picks_pk", ["attempt_id", "question_id", "choice_id"])
    .execute();
  await db.schema.createIndex("quiz_answer_picks_quiz_idx").on("quiz_answer_picks").columns(["quiz_id", "question_id", "choice_id"]).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ["quiz_answer_picks", "quiz_answers", "quiz_attempts", "quiz_questions", "quizzes"]) await db.schema.dropTable(table).execute();
}
