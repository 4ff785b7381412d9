import { sql, type Insertable, type Selectable, type Updateable } from "kysely";
import { isUniqueViolation } from "#server/kernel/db/constraint-errors.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import type { QuizQuestionsTable, QuizzesTable } from "#server/kernel/db/schema.ts";
import { afterCursor, type Sort } from "#server/kernel/pagination.ts";
import { containsText } from "#server/kernel/search-text.ts";
import type { KeyedQuestion } from "./quizzes.scoring.ts";

export type QuizRow = Selectable<QuizzesTable>;
export type QuestionRow = Omit<Selectable<QuizQuestionsTable>, "choices"> & { choices: KeyedQuestion["choices"] };
export type QuizValues = Omit<Insertable<QuizzesTable>, "id" | "workspace_id" | "sort_key" | "version" | "created_at" | "updated_at" | "status">;

export const sortKey = (title: string) => title.toLocaleLowerCase("en");

const parseQuestion = (row: Selectable<QuizQuestionsTable>): QuestionRow => ({ ...row, choices: JSON.parse(row.choices) as KeyedQuestion["choices"] });

export function findQuiz(db: Executor, workspaceId: string, id: string): Promise<QuizRow | undefined> {
  return db.selectFrom("quizzes").selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
}

export function findQuizOfService(db: Executor, workspaceId: string, serviceId: string): Promise<QuizRow | undefined> {
  return db.selectFrom("quizzes").selectAll().where("workspace_id", "=", workspaceId).where("service_id", "=", serviceId).executeTakeFirst();
}

export function listQuizzes(
  db: Executor,
  workspaceId: string,
  options: { q?: string; serviceId?: string; status?: QuizRow["status"]; sort: Sort; cursor?: string; limit: number },
): Promise<QuizRow[]> {
  let query = db.selectFrom("quizzes").selectAll().where("workspace_id", "=", workspaceId);
  if (options.q) query = query.where(containsText("title", options.q));
  if (options.serviceId) query = query.where("service_id", "=", options.serviceId);
  if (options.status) query = query.where("status", "=", options.status);
  if (options.cursor) query = query.where(afterCursor(options.sort, "id", options.cursor));
  return query.orderBy(sql.ref(options.sort.column), options.sort.direction).orderBy("id", options.sort.direction).limit(options.limit + 1).execute();
}

/** Only the one-quiz-per-service index can be hit. */
export async function insertQuiz(db: Executor, row: { id: string; workspaceId: string; at: string; values: QuizValues }): Promise<"ok" | "service_taken"> {
  try {
    await db
      .insertInto("quizzes")
      .values({ ...row.values, id: row.id, workspace_id: row.workspaceId, sort_key: sortKey(row.values.title), status: "draft", version: 1, created_at: row.at, updated_at: row.at })
      .execute();
    return "ok";
  } catch (error) {
    if (isUniqueViolation(error)) return "service_taken";
    throw error;
  }
}

export async function updateQuiz(
  db: Executor,
  workspaceId: string,
  change: { id: string; version: number; at: string; values: Updateable<QuizzesTable> },
): Promise<"ok" | "stale" | "service_taken"> {
  const { values } = change;
  try {
    const result = await db
      .updateTable("quizzes")
      .set((eb) => ({ ...values, ...(values.title === undefined ? {} : { sort_key: sortKey(String(values.title)) }), updated_at: change.at, version: eb("version", "+", 1) }))
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", change.id)
      .where("version", "=", change.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n ? "ok" : "stale";
  } catch (error) {
    if (isUniqueViolation(error)) return "service_taken";
    throw error;
  }
}

export async function deleteQuiz(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  await db.deleteFrom("quiz_questions").where("workspace_id", "=", workspaceId).where("quiz_id", "=", id).execute();
  const result = await db.deleteFrom("quizzes").where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Question count per quiz, for the quizzes on a page. */
export async function countQuestions(db: Executor, workspaceId: string, quizIds: readonly string[]): Promise<Map<string, number>> {
  if (quizIds.length === 0) return new Map();
  const rows = await db
    .selectFrom("quiz_questions")
    .select(["quiz_id", (eb) => eb.fn.countAll<number | string>().as("count")])
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "in", quizIds)
    .groupBy("quiz_id")
    .execute();
  return new Map(rows.map((row) => [row.quiz_id, Number(row.count)]));
}

export async function listQuestions(db: Executor, workspaceId: string, quizId: string): Promise<QuestionRow[]> {
  const rows = await db
    .selectFrom("quiz_questions")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "=", quizId)
    .orderBy("position")
    .orderBy("id")
    .execute();
  return rows.map(parseQuestion);
}

export async function findQuestion(db: Executor, workspaceId: string, quizId: string, id: string): Promise<QuestionRow | undefined> {
  const row = await db
    .selectFrom("quiz_questions")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "=", quizId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && parseQuestion(row);
}

export async function insertQuestion(
  db: Executor,
  row: { id: string; workspaceId: string; quizId: string; at: string; values: Pick<QuestionRow, "kind" | "prompt" | "explanation" | "choices"> },
): Promise<void> {
  const last = await db
    .selectFrom("quiz_questions")
    .select((eb) => eb.fn.max("position").as("position"))
    .where("workspace_id", "=", row.workspaceId)
    .where("quiz_id", "=", row.quizId)
    .executeTakeFirst();
  await db
    .insertInto("quiz_questions")
    .values({
      ...row.values,
      choices: JSON.stringify(row.values.choices),
      id: row.id,
      workspace_id: row.workspaceId,
      quiz_id: row.quizId,
      position: Number(last?.position ?? 0) + 1,
      version: 1,
      created_at: row.at,
      updated_at: row.at,
    })
    .execute();
}

export async function updateQuestion(
  db: Executor,
  workspaceId: string,
  change: { id: string; quizId: string; version: number; at: string; values: Partial<Pick<QuestionRow, "kind" | "prompt" | "explanation" | "choices">> },
): Promise<boolean> {
  const { choices, ...rest } = change.values;
  const result = await db
    .updateTable("quiz_questions")
    .set((eb) => ({ ...rest, ...(choices ? { choices: JSON.stringify(choices) } : {}), updated_at: change.at, version: eb("version", "+", 1) }))
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "=", change.quizId)
    .where("id", "=", change.id)
    .where("version", "=", change.version)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function deleteQuestion(db: Executor, workspaceId: string, quizId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom("quiz_questions").where("workspace_id", "=", workspaceId).where("quiz_id", "=", quizId).where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export async function countPublishedQuizzes(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom("quizzes")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("workspace_id", "=", workspaceId)
    .where("status", "=", "published")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export function listQuizRefs(db: Executor, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return Promise.resolve([]);
  return db.selectFrom("quizzes").select(["id", "title", "status"]).where("workspace_id", "=", workspaceId).where("id", "in", ids).execute();
}
