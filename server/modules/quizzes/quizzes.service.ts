import type { RequestContext } from "#server/kernel/context.ts";
import { inTransaction, type Executor } from "#server/kernel/db/database.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { AppError, conflict, notFound, staleVersion } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { parseSort, toPage } from "#server/kernel/pagination.ts";
import { writeAudit, type AuditActor } from "#server/modules/audit/audit.writer.ts";
import { quizReopenedFor } from "#server/modules/certifications/certifications.service.ts";
import { existingServiceIds, serviceRefs } from "#server/modules/services/services.service.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { CreateQuizData, Quiz, QuizListQuery, QuizRecord, UpdateQuizInput } from "#shared/contracts/quizzes.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import { quizPolicy, buildsQuizzes } from "#shared/policies/quizzes.ts";
import * as attempts from "./quizzes.attempts.repository.ts";
import { presentQuizRecord, progressOf, quizFacts } from "./quizzes.presenter.ts";
import * as repository from "./quizzes.repository.ts";

const SORT_COLUMNS = { title: "sort_key", updatedAt: "updated_at" };

const serviceHasQuiz = () => conflict("service_has_quiz", "This service has a quiz already: a service is certified by one quiz.", "body.serviceId");
const unknownService = () => new AppError(422, "unknown_service", "No such service in this workspace.", [{ path: "body.serviceId", message: "No such service." }]);


const COLUMNS = {
  title: "title",
  description: "description",
  serviceId: "service_id",
  passMark: "pass_mark",
  questionsPerAttempt: "questions_per_attempt",
  maxAttempts: "max_attempts",
  cooldownMinutes: "cooldown_minutes",
  timeLimitMinutes: "time_limit_minutes",
} as const satisfies Record<keyof CreateQuizData, keyof repository.QuizValues>;

/** The settings given, as columns (a field left out is left out). */
function columnsOf<T extends Partial<CreateQuizData>>(input: T): T extends CreateQuizData ? repository.QuizValues : Partial<repository.QuizValues> {
  const entries = Object.entries(input).filter(([, value]) => value !== undefined);
  return Object.fromEntries(entries.map(([key, value]) => [COLUMNS[key as keyof CreateQuizData], value])) as never;
}

export const quizSummary = (quiz: Pick<QuizRecord, "title">) => `Quiz "${quiz.title}"`;

/** Presents quiz rows for the caller: bank sizes, services, the caller's own progress and renewals, in a fixed number of queries. */
async function presentQuizzes(db: Executor, actor: PolicyActor & { workspaceId: string }, rows: readonly repository.QuizRow[]): Promise<Quiz[]> {
  const ids = rows.map((row) => row.id);
  const serviceIds = rows.flatMap((row) => (row.service_id ? [row.service_id] : []));
  const [banks, services, briefs, reopened] = await Promise.all([
    repository.countQuestions(db, actor.workspaceId, ids),
    serviceRefs(db, actor.workspaceId, serviceIds),
    attempts.listBriefs(db, actor.workspaceId, actor.memberId, ids),
    quizReopenedFor(db, actor.workspaceId, actor.memberId, serviceIds),
  ]);
  const at = now();
  return rows.map((row) => {
    const record = presentQuizRecord(row, { bankSize: banks.get(row.id) ?? 0, service: row.service_id ? (services.get(row.service_id) ?? null) : null });
    const progress = progressOf(row, briefs.filter((brief) => brief.quiz_id === row.id), at, row.service_id !== null && reopened.has(row.service_id));
    return { ...record, progress, permissions: permissionsOf(quizPolicy, actor, quizFacts(record, progress)) };
  });
}

export async function presentQuiz(db: Executor, actor: PolicyActor & { workspaceId: string }, row: repository.QuizRow): Promise<Quiz> {
  return (await presentQuizzes(db, actor, [row]))[0]!;
}

/** The quiz, if the caller may see it (builders see drafts); else a 404. */
export async function visibleQuiz(db: Executor, actor: PolicyActor & { workspaceId: string }, id: string): Promise<repository.QuizRow> {
  const row = await repository.findQuiz(db, actor.workspaceId, id);
  if (!row || (row.status === "draft" && !buildsQuizzes(actor))) throw notFound("quiz");
  return row;
}

export async function listQuizzes(ctx: RequestContext, query: QuizListQuery): Promise<Page<Quiz>> {
  const sort = parseSort(query.sort, SORT_COLUMNS);
  const status = buildsQuizzes(ctx.actor) ? query.status : "published";
  if (query.status && query.status !== status) return { items: [], nextCursor: null };
  const rows = await repository.listQuizzes(ctx.db, ctx.workspaceId, { q: query.q, serviceId: query.serviceId, status, sort, cursor: query.cursor, limit: query.limit });
  const page = rows.slice(0, query.limit);
  const presented = new Map((await presentQuizzes(ctx.db, ctx.actor, page)).map((quiz) => [quiz.id, quiz]));
  const key = sort.column === "sort_key" ? "sort_key" : "updated_at";
  return toPage(rows, query.limit, (row) => [row[key], row.id], (row) => presented.get(row.id)!);
}

export async function getQuiz(ctx: RequestContext, id: string): Promise<Quiz> {
  return presentQuiz(ctx.db, ctx.actor, await visibleQuiz(ctx.db, ctx.actor, id));
}

async function checkService(db: Executor, workspaceId: string, serviceId: string | null | undefined) {
  if (serviceId && !(await existingServiceIds(db, workspaceId, [serviceId])).has(serviceId)) throw unknownService();
}

async function auditRecord(db: Executor, workspaceId: string, id: string): Promise<QuizRecord> {
  const row = (await repository.findQuiz(db, workspaceId, id))!;
  const [banks, services] = await Promise.all([repository.countQuestions(db, workspaceId, [id]), serviceRefs(db, workspaceId, row.service_id ? [row.service_id] : [])]);
  return presentQuizRecord(row, { bankSize: banks.get(id) ?? 0, service: row.service_id ? (services.get(row.service_id) ?? null) : null });
}

export async function createQuiz(ctx: RequestContext, input: CreateQuizData): Promise<Quiz> {
  enforce(quizPolicy.update(ctx.actor));
  const id = await inTransaction(ctx.db, (trx) => addQuiz(trx, ctx.actor, input));
  return getQuiz(ctx, id);
}

/** Creates and audits a quiz inside the caller's transaction (the API, the demo seed). */
export async function addQuiz(trx: Executor, actor: AuditActor, input: CreateQuizData): Promise<string> {
  await checkService(trx, actor.workspaceId, input.serviceId);
  const id = newId();
  if ((await repository.insertQuiz(trx, { id, workspaceId: actor.workspaceId, at: now(), values: columnsOf(input) })) === "service_taken") throw serviceHasQuiz();
  const after = await auditRecord(trx, actor.workspaceId, id);
  await writeAudit(trx, actor, { action: "create", recordType: "quiz", recordId: id, summary: quizSummary(after), after });
  return id;
}

export async function updateQuiz(ctx: RequestContext, id: string, input: UpdateQuizInput): Promise<Quiz> {
  enforce(quizPolicy.update(ctx.actor));
  await inTransaction(ctx.db, async (trx) => {
    const current = await repository.findQuiz(trx, ctx.workspaceId, id);
    if (!current) throw notFound("quiz");
    if (current.version !== input.version) throw staleVersion("quiz");
    await checkService(trx, ctx.workspaceId, input.serviceId);
    const before = await auditRecord(trx, ctx.workspaceId, id);
    if (current.status === "published" && input.questionsPerAttempt !== undefined && input.questionsPerAttempt > before.bankSize)
      throw new AppError(409, "bank_too_small", `The bank has ${before.bankSize} questions: a published quiz cannot draw more.`, [{ path: "body.questionsPerAttempt", message: `At most ${before.bankSize}.` }]);
    const { version, ...settings } = input;
    const result = await repository.updateQuiz(trx, ctx.workspaceId, { id, version, at: now(), values: columnsOf(settings) });
    if (result === "service_taken") throw serviceHasQuiz();
    if (result === "stale") throw staleVersion("quiz");
    const after = await auditRecord(trx, ctx.workspaceId, id);
    await writeAudit(trx, ctx.actor, { action: "update", recordType: "quiz", recordId: id, summary: quizSummary(after), before, after });
  });
  return getQuiz(ctx, id);
}

/** Publishing opens the quiz to every member; unpublishing closes it to new attempts (open ones can finish). */
export async function setQuizStatus(ctx: RequestContext, id: string, status: "draft" | "published", version: number): Promise<Quiz> {
  await inTransaction(ctx.db, async (trx) => {
    const current = await repository.findQuiz(trx, ctx.workspaceId, id);
    if (!current) throw notFound("quiz");
    const before = await auditRecord(trx, ctx.workspaceId, id);
    const facts = { ...before, attemptOpen: false, passed: false, attemptsLeft: null, coolingDown: false };
    enforce(status === "published" ? quizPolicy.publish(ctx.actor, facts) : quizPolicy.unpublish(ctx.actor, facts));
    if (current.version !== version) throw staleVersion("quiz");
    if ((await repository.updateQuiz(trx, ctx.workspaceId, { id, version, at: now(), values: { status } })) !== "ok") throw staleVersion("quiz");
    const after = await auditRecord(trx, ctx.workspaceId, id);
    await writeAudit(trx, ctx.actor, { action: "update", recordType: "quiz", recordId: id, summary: quizSummary(after), before, after });
  });
  return getQuiz(ctx, id);
}

/** A quiz someone has taken keeps its history: unpublish it instead. */
export async function deleteQuiz(ctx: RequestContext, id: string): Promise<void> {
  enforce(quizPolicy.delete(ctx.actor));
  await inTransaction(ctx.db, async (trx) => {
    if (!(await repository.findQuiz(trx, ctx.workspaceId, id))) throw notFound("quiz");
    if ((await attempts.countAttempts(trx, ctx.workspaceId, id)) > 0)
      throw conflict("quiz_has_attempts", "Members have taken this quiz: unpublish it instead, so their results stay.");
    const before = await auditRecord(trx, ctx.workspaceId, id);
    await repository.deleteQuiz(trx, ctx.workspaceId, id);
    await writeAudit(trx, ctx.actor, { action: "delete", recordType: "quiz", recordId: id, summary: quizSummary(before), before });
  });
}

/** For other modules (the getting-started checklist). */
export const countPublishedQuizzes = (db: Executor, workspaceId: string): Promise<number> => repository.countPublishedQuizzes(db, workspaceId);

/** For courses: the quizzes' titles and status, and "member:quiz" for each pass. */
export async function quizModuleProgress(db: Executor, workspaceId: string, quizIds: readonly string[], memberIds: readonly string[]) {
  const ids = [...new Set(quizIds)];
  const [refs, passed] = await Promise.all([repository.listQuizRefs(db, workspaceId, ids), attempts.passedPairs(db, workspaceId, ids, [...new Set(memberIds)])]);
  return { quizzes: new Map(refs.map((quiz) => [quiz.id, { title: quiz.title, published: quiz.status === "published" }])), passed };
}
