import type { RequestContext } from "#server/kernel/context.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { AppError, conflict, notFound, staleVersion } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { inTransaction, type Executor } from "#server/kernel/db/database.ts";
import { writeAudit, type AuditActor } from "#server/modules/audit/audit.writer.ts";
import { MAX_BANK_SIZE, type CreateQuestionData, type Question, type UpdateQuestionInput } from "#shared/contracts/quizzes.ts";
import { quizPolicy } from "#shared/policies/quizzes.ts";
import { presentQuestion, questionAuditRecord } from "./quizzes.presenter.ts";
import * as repository from "./quizzes.repository.ts";
import type { KeyedQuestion } from "./quizzes.scoring.ts";

const questionSummary = (question: { prompt: string }) => `Quiz question "${question.prompt.length > 60 ? `${question.prompt.slice(0, 59)}…` : question.prompt}"`;

/** New choices get ids; a choice sent with an id keeps it (and its statistics), if the question has it. */
function choicesWithIds(input: NonNullable<CreateQuestionData["choices"]>, existing: readonly KeyedQuestion["choices"][number][]): KeyedQuestion["choices"] {
  const known = new Set(existing.map((choice) => choice.id));
  const stranger = input.find((choice) => choice.id && !known.has(choice.id));
  if (stranger) throw new AppError(422, "unknown_choice", "A choice id is not one of this question's: leave it out for a new choice.", [{ path: "body.choices", message: "Unknown choice id." }]);
  return input.map((choice) => ({ id: choice.id ?? newId(), text: choice.text, correct: choice.correct }));
}

async function quizForBank(db: Executor, workspaceId: string, quizId: string) {
  const quiz = await repository.findQuiz(db, workspaceId, quizId);
  if (!quiz) throw notFound("quiz");
  return quiz;
}

export async function listQuestions(ctx: RequestContext, quizId: string): Promise<{ items: Question[] }> {
  enforce(quizPolicy.manageQuestions(ctx.actor));
  await quizForBank(ctx.db, ctx.workspaceId, quizId);
  return { items: (await repository.listQuestions(ctx.db, ctx.workspaceId, quizId)).map((row) => presentQuestion(row, ctx.actor)) };
}

export async function createQuestion(ctx: RequestContext, quizId: string, input: CreateQuestionData): Promise<Question> {
  enforce(quizPolicy.manageQuestions(ctx.actor));
  const id = await inTransaction(ctx.db, (trx) => addQuestion(trx, ctx.actor, quizId, input));
  return presentQuestion((await repository.findQuestion(ctx.db, ctx.workspaceId, quizId, id))!, ctx.actor);
}

/** Adds and audits a question inside the caller's transaction (the API, the demo seed). */
export async function addQuestion(trx: Executor, actor: AuditActor, quizId: string, input: CreateQuestionData): Promise<string> {
  await quizForBank(trx, actor.workspaceId, quizId);
  const bank = (await repository.countQuestions(trx, actor.workspaceId, [quizId])).get(quizId) ?? 0;
  if (bank >= MAX_BANK_SIZE) throw conflict("bank_full", `A quiz holds at most ${MAX_BANK_SIZE} questions.`);
  const id = newId();
  const at = now();
  const values = { kind: input.kind, prompt: input.prompt, explanation: input.explanation, choices: choicesWithIds(input.choices, []) };
  await repository.insertQuestion(trx, { id, workspaceId: actor.workspaceId, quizId, at, values });
  await writeAudit(trx, actor, { action: "create", recordType: "quiz_question", recordId: id, summary: questionSummary(values), after: questionAuditRecord({ id, ...values }) });
  return id;
}

/** Open attempts keep the questions they drew: a change applies to attempts started after it. */
export async function updateQuestion(ctx: RequestContext, quizId: string, id: string, input: UpdateQuestionInput): Promise<Question> {
  enforce(quizPolicy.manageQuestions(ctx.actor));
  await inTransaction(ctx.db, async (trx) => {
    await quizForBank(trx, ctx.workspaceId, quizId);
    const current = await repository.findQuestion(trx, ctx.workspaceId, quizId, id);
    if (!current) throw notFound("question");
    if (current.version !== input.version) throw staleVersion("question");
    const at = now();
    const values = {
      ...(input.kind === undefined ? {} : { kind: input.kind }),
      ...(input.prompt === undefined ? {} : { prompt: input.prompt }),
      ...(input.explanation === undefined ? {} : { explanation: input.explanation }),
      ...(input.choices === undefined ? {} : { choices: choicesWithIds(input.choices, current.choices) }),
    };
    if (!(await repository.updateQuestion(trx, ctx.workspaceId, { id, quizId, version: input.version, at, values }))) throw staleVersion("question");
    const after = (await repository.findQuestion(trx, ctx.workspaceId, quizId, id))!;
    await writeAudit(trx, ctx.actor, {
      action: "update",
      recordType: "quiz_question",
      recordId: id,
      summary: questionSummary(after),
      before: questionAuditRecord(current),
      after: questionAuditRecord(after),
    });
  });
  return presentQuestion((await repository.findQuestion(ctx.db, ctx.workspaceId, quizId, id))!, ctx.actor);
}

/** A published quiz keeps at least as many questions as an attempt draws. */
export async function deleteQuestion(ctx: RequestContext, quizId: string, id: string): Promise<void> {
  enforce(quizPolicy.manageQuestions(ctx.actor));
  await inTransaction(ctx.db, async (trx) => {
    const quiz = await quizForBank(trx, ctx.workspaceId, quizId);
    const current = await repository.findQuestion(trx, ctx.workspaceId, quizId, id);
    if (!current) throw notFound("question");
    const bank = (await repository.countQuestions(trx, ctx.workspaceId, [quizId])).get(quizId) ?? 0;
    if (quiz.status === "published" && bank - 1 < quiz.questions_per_attempt)
      throw conflict("bank_too_small", `An attempt draws ${quiz.questions_per_attempt} questions: a published quiz cannot have fewer. Unpublish it or add a question first.`);
    await repository.deleteQuestion(trx, ctx.workspaceId, quizId, id);
    await writeAudit(trx, ctx.actor, { action: "delete", recordType: "quiz_question", recordId: id, summary: questionSummary(current), before: questionAuditRecord(current) });
  });
}
