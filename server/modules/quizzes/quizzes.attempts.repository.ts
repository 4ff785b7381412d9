import type { Selectable } from "kysely";
import { isUniqueViolation } from "#server/kernel/db/constraint-errors.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import type { QuizAttemptsTable } from "#server/kernel/db/schema.ts";
import { afterCursor } from "#server/kernel/pagination.ts";
import type { Answers } from "#shared/contracts/quizzes.ts";
import type { KeyedQuestion, Score } from "./quizzes.scoring.ts";

export type AttemptRow = Omit<Selectable<QuizAttemptsTable>, "questions" | "answers" | "passed"> & {
  questions: KeyedQuestion[];
  answers: Answers;
  passed: boolean | null;
};

const parse = (row: Selectable<QuizAttemptsTable>): AttemptRow => ({
  ...row,
  questions: JSON.parse(row.questions) as KeyedQuestion[],
  answers: JSON.parse(row.answers) as Answers,
  passed: row.passed === null ? null : Boolean(row.passed),
});

export async function findAttempt(db: Executor, workspaceId: string, quizId: string, id: string): Promise<AttemptRow | undefined> {
  const row = await db
    .selectFrom("quiz_attempts")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "=", quizId)
    .where("id", "=", id)
    .executeTakeFirst();
  return row && parse(row);
}

/** What progress needs of each attempt (not the questions). */
export type AttemptBrief = Pick<AttemptRow, "id" | "quiz_id" | "member_id" | "number" | "status" | "deadline_at" | "closed_at" | "score" | "passed">;

/** The member's attempts at these quizzes, oldest first. */
export async function listBriefs(db: Executor, workspaceId: string, memberId: string, quizIds: readonly string[]): Promise<AttemptBrief[]> {
  if (quizIds.length === 0) return [];
  const rows = await db
    .selectFrom("quiz_attempts")
    .select(["id", "quiz_id", "member_id", "number", "status", "deadline_at", "closed_at", "score", "passed"])
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("quiz_id", "in", quizIds)
    .orderBy("number")
    .execute();
  return rows.map((row) => ({ ...row, passed: row.passed === null ? null : Boolean(row.passed) }));
}

export type AttemptListRow = Omit<AttemptRow, "questions" | "answers">;

/** Newest first; `memberId` narrows to one member. */
export async function listAttempts(
  db: Executor,
  workspaceId: string,
  quizId: string,
  options: { memberId?: string; cursor?: string; limit: number },
): Promise<AttemptListRow[]> {
  let query = db
    .selectFrom("quiz_attempts")
    .select(["id", "workspace_id", "quiz_id", "member_id", "number", "status", "started_at", "deadline_at", "closed_at", "correct_count", "question_count", "score", "passed", "pass_mark"])
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "=", quizId);
  if (options.memberId) query = query.where("member_id", "=", options.memberId);
  if (options.cursor) query = query.where(afterCursor({ column: "started_at", direction: "desc" }, "id", options.cursor));
  const rows = await query.orderBy("started_at", "desc").orderBy("id", "desc").limit(options.limit + 1).execute();
  return rows.map((row) => ({ ...row, passed: row.passed === null ? null : Boolean(row.passed) }));
}

export async function countAttempts(db: Executor, workspaceId: string, quizId: string): Promise<number> {
  const row = await db
    .selectFrom("quiz_attempts")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "=", quizId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function insertAttempt(
  db: Executor,
  row: Pick<AttemptRow, "id" | "workspace_id" | "quiz_id" | "member_id" | "number" | "started_at" | "deadline_at" | "questions" | "pass_mark">,
): Promise<"ok" | "taken"> {
  try {
    await db
      .insertInto("quiz_attempts")
      .values({
        ...row,
        status: "in_progress",
        closed_at: null,
        questions: JSON.stringify(row.questions),
        answers: "{}",
        correct_count: null,
        question_count: row.questions.length,
        score: null,
        passed: null,
      })
      .execute();
    return "ok";
  } catch (error) {
    // Another request started attempt `number` a moment ago.
    if (isUniqueViolation(error)) return "taken";
    throw error;
  }
}

/** Saves answers only while the attempt is open; false if it closed meanwhile. */
export async function saveAnswers(db: Executor, workspaceId: string, id: string, answers: Answers): Promise<boolean> {
  const result = await db
    .updateTable("quiz_attempts")
    .set({ answers: JSON.stringify(answers) })
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("status", "=", "in_progress")
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Closes an open attempt with its score and writes what the statistics count;
 * false (and nothing written) if another request closed it first.
 */
export async function closeAttempt(
  db: Executor,
  attempt: Pick<AttemptRow, "id" | "workspace_id" | "quiz_id">,
  close: { status: "submitted" | "expired"; at: string; answers: Answers; score: Score },
): Promise<boolean> {
  const { score } = close;
  const result = await db
    .updateTable("quiz_attempts")
    .set({ status: close.status, closed_at: close.at, answers: JSON.stringify(close.answers), correct_count: score.correctCount, score: score.score, passed: score.passed ? 1 : 0 })
    .where("workspace_id", "=", attempt.workspace_id)
    .where("id", "=", attempt.id)
    .where("status", "=", "in_progress")
    .executeTakeFirst();
  if (result.numUpdatedRows === 0n) return false;
  const base = { workspace_id: attempt.workspace_id, quiz_id: attempt.quiz_id, attempt_id: attempt.id };
  await db
    .insertInto("quiz_answers")
    .values(score.questions.map((question) => ({ ...base, question_id: question.questionId, answered: question.answered ? 1 : 0, correct: question.isCorrect ? 1 : 0 })))
    .execute();
  const picks = score.questions.flatMap((question) => question.chosen.map((choiceId) => ({ ...base, question_id: question.questionId, choice_id: choiceId })));
  if (picks.length > 0) await db.insertInto("quiz_answer_picks").values(picks).execute();
  return true;
}

/** Open attempts whose deadline (plus grace) passed before `before`, any workspace: for the job that closes them. */
export async function listOverdue(db: Executor, before: string, limit: number): Promise<AttemptRow[]> {
  const rows = await db.selectFrom("quiz_attempts").selectAll().where("status", "=", "in_progress").where("deadline_at", "<", before).orderBy("deadline_at").limit(limit).execute();
  return rows.map(parse);
}

/** Per question of the quiz: closed attempts that drew it, answered it, got it right. */
export async function answerCounts(db: Executor, workspaceId: string, quizId: string) {
  const rows = await db
    .selectFrom("quiz_answers")
    .select(["question_id", (eb) => eb.fn.countAll<number | string>().as("drawn"), (eb) => eb.fn.sum<number | string>("answered").as("answered"), (eb) => eb.fn.sum<number | string>("correct").as("correct")])
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "=", quizId)
    .groupBy("question_id")
    .execute();
  return new Map(rows.map((row) => [row.question_id, { drawn: Number(row.drawn), answered: Number(row.answered), correct: Number(row.correct) }]));
}

/** Per choice of the quiz's questions: how often it was picked in closed attempts. */
export async function pickCounts(db: Executor, workspaceId: string, quizId: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom("quiz_answer_picks")
    .select(["question_id", "choice_id", (eb) => eb.fn.countAll<number | string>().as("picks")])
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "=", quizId)
    .groupBy(["question_id", "choice_id"])
    .execute();
  return new Map(rows.map((row) => [`${row.question_id}:${row.choice_id}`, Number(row.picks)]));
}

export async function countClosedAttempts(db: Executor, workspaceId: string, quizId: string): Promise<number> {
  const row = await db
    .selectFrom("quiz_attempts")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "=", quizId)
    .where("status", "!=", "in_progress")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** "member:quiz" for each member who passed each quiz. */
export async function passedPairs(db: Executor, workspaceId: string, quizIds: readonly string[], memberIds: readonly string[]): Promise<Set<string>> {
  if (quizIds.length === 0 || memberIds.length === 0) return new Set();
  const rows = await db
    .selectFrom("quiz_attempts")
    .select(["quiz_id", "member_id"])
    .distinct()
    .where("workspace_id", "=", workspaceId)
    .where("quiz_id", "in", quizIds)
    .where("member_id", "in", memberIds)
    .where("passed", "=", 1)
    .execute();
  return new Set(rows.map((row) => `${row.member_id}:${row.quiz_id}`));
}
