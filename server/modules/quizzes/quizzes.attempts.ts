import type { RequestContext } from "#server/kernel/context.ts";
import { inTransaction, type Db, type Executor } from "#server/kernel/db/database.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { AppError, notFound } from "#server/kernel/errors.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { toPage } from "#server/kernel/pagination.ts";
import { recordQuizPass, type EvidenceActor } from "#server/modules/certifications/certifications.service.ts";
import { memberRefs } from "#server/modules/members/members.service.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { Answers, Attempt, AttemptListQuery, AttemptSummary } from "#shared/contracts/quizzes.ts";
import type { PolicyActor } from "#shared/policies/policy.ts";
import { attemptPolicy, buildsQuizzes, quizPolicy } from "#shared/policies/quizzes.ts";
import * as attempts from "./quizzes.attempts.repository.ts";
import { ATTEMPT_GRACE_SECONDS, UNTIMED_ATTEMPT_HOURS, isOverdue, presentAttempt, presentAttemptSummary, quizFacts } from "./quizzes.presenter.ts";
import * as repository from "./quizzes.repository.ts";
import { answerErrors, drawQuestions, scoreAnswers } from "./quizzes.scoring.ts";
import { presentQuiz, visibleQuiz } from "./quizzes.service.ts";

type Caller = PolicyActor & { workspaceId: string };

/** Two requests started an attempt at once; the second resumes the first's. */
class StartRace extends Error {}

const pastDeadline = (attempt: Pick<attempts.AttemptRow, "deadline_at">) =>
  new AppError(
    409,
    "attempt_past_deadline",
    `Time ran out at ${attempt.deadline_at}: the attempt was scored with the answers saved before then.`,
  );

/**
 * Closes an open attempt: scores it with `answers`, writes the statistics and
 * records `quiz_attempt.submitted`; a pass of a service's quiz goes to the
 * certifications, which may certify the member. False if another request closed it first.
 */
async function closeAttempt(trx: Executor, actor: EvidenceActor, row: attempts.AttemptRow, close: { status: "submitted" | "expired"; answers: Answers }): Promise<boolean> {
  const at = now();
  const score = scoreAnswers(row.questions, close.answers, row.pass_mark);
  if (!(await attempts.closeAttempt(trx, row, { status: close.status, at, answers: close.answers, score }))) return false;
  const quiz = (await repository.findQuiz(trx, row.workspace_id, row.quiz_id))!;
  const closed = { ...row, status: close.status, closed_at: at, answers: close.answers, correct_count: score.correctCount, score: score.score, passed: score.passed };
  await recordEvent(trx, actor, {
    type: "quiz_attempt.submitted",
    recordType: "quiz_attempt",
    recordId: row.id,
    payload: {
      attempt: presentAttemptSummary(closed, await memberRefs(trx, row.workspace_id, [row.member_id])),
      quiz: { id: quiz.id, title: quiz.title, serviceId: quiz.service_id },
      closedBy: close.status === "submitted" ? "member" : "deadline",
    },
  });
  if (score.passed && quiz.service_id) await recordQuizPass(trx, actor, { memberId: row.member_id, serviceId: quiz.service_id, attemptId: row.id, at });
  return true;
}

async function present(db: Executor, actor: PolicyActor, row: attempts.AttemptRow): Promise<Attempt> {
  const quiz = (await repository.findQuiz(db, row.workspace_id, row.quiz_id))!;
  return presentAttempt(row, { members: await memberRefs(db, row.workspace_id, [row.member_id]), timed: quiz.time_limit_minutes !== null, actor });
}

/** Starts an attempt, or resumes the caller's open one (then `created` is false). */
export async function startAttempt(ctx: RequestContext, quizId: string): Promise<{ attempt: Attempt; created: boolean }> {
  for (let tries = 0; ; tries++) {
    try {
      const { id, created } = await inTransaction(ctx.db, async (trx) => {
        const quiz = await visibleQuiz(trx, ctx.actor, quizId);
        await closeOverdueOf(trx, ctx.actor, quizId);
        const current = await presentQuiz(trx, ctx.actor, quiz);
        enforce(quizPolicy.start(ctx.actor, quizFacts(current, current.progress)));
        if (current.progress.openAttemptId) return { id: current.progress.openAttemptId, created: false };
        const [last] = (await attempts.listBriefs(trx, ctx.workspaceId, ctx.actor.memberId, [quizId])).slice(-1);
        const startedAt = now();
        const minutes = quiz.time_limit_minutes ?? UNTIMED_ATTEMPT_HOURS * 60;
        const row = {
          id: newId(),
          workspace_id: ctx.workspaceId,
          quiz_id: quizId,
          member_id: ctx.actor.memberId,
          number: (last?.number ?? 0) + 1,
          started_at: startedAt,
          deadline_at: new Date(Date.parse(startedAt) + minutes * 60_000).toISOString(),
          questions: drawQuestions(await repository.listQuestions(trx, ctx.workspaceId, quizId), quiz.questions_per_attempt),
          pass_mark: quiz.pass_mark,
        };
        if ((await attempts.insertAttempt(trx, row)) === "taken") throw new StartRace();
        return { id: row.id, created: true };
      });
      return { attempt: await getAttempt(ctx, quizId, id), created };
    } catch (error) {
      if (error instanceof StartRace && tries === 0) continue;
      throw error;
    }
  }
}

/** The caller's attempts at the quiz that ran out of time, scored as they stood. */
async function closeOverdueOf(trx: Executor, actor: Caller, quizId: string): Promise<void> {
  const at = now();
  for (const brief of await attempts.listBriefs(trx, actor.workspaceId, actor.memberId, [quizId])) {
    if (!isOverdue(brief, at)) continue;
    const row = (await attempts.findAttempt(trx, actor.workspaceId, quizId, brief.id))!;
    await closeAttempt(trx, { workspaceId: actor.workspaceId, memberId: null }, row, { status: "expired", answers: row.answers });
  }
}

/** The attempt, if the caller took it or builds quizzes; a 404 otherwise, as for one that does not exist. */
async function visibleAttempt(db: Executor, actor: Caller, quizId: string, id: string): Promise<attempts.AttemptRow> {
  const row = await attempts.findAttempt(db, actor.workspaceId, quizId, id);
  if (!row || (row.member_id !== actor.memberId && !buildsQuizzes(actor))) throw notFound("attempt");
  return row;
}

/** Reading an attempt that ran out of time closes it first, so it is never shown open past its deadline. */
export async function getAttempt(ctx: RequestContext, quizId: string, id: string): Promise<Attempt> {
  return inTransaction(ctx.db, async (trx) => {
    let row = await visibleAttempt(trx, ctx.actor, quizId, id);
    if (isOverdue(row, now())) {
      await closeAttempt(trx, { workspaceId: ctx.workspaceId, memberId: null }, row, { status: "expired", answers: row.answers });
      row = (await attempts.findAttempt(trx, ctx.workspaceId, quizId, id))!;
    }
    return present(trx, ctx.actor, row);
  });
}

export async function listAttempts(ctx: RequestContext, quizId: string, query: AttemptListQuery): Promise<Page<AttemptSummary>> {
  const quiz = await repository.findQuiz(ctx.db, ctx.workspaceId, quizId);
  if (!quiz || (quiz.status === "draft" && !buildsQuizzes(ctx.actor))) throw notFound("quiz");
  const all = buildsQuizzes(ctx.actor);
  if (!all && query.memberId && query.memberId !== ctx.actor.memberId) return { items: [], nextCursor: null };
  const rows = await attempts.listAttempts(ctx.db, ctx.workspaceId, quizId, { memberId: all ? query.memberId : ctx.actor.memberId, cursor: query.cursor, limit: query.limit });
  const members = await memberRefs(ctx.db, ctx.workspaceId, rows.map((row) => row.member_id));
  return toPage(rows, query.limit, (row) => [row.started_at, row.id], (row) => presentAttemptSummary(row, members));
}

/**
 * Runs `change` on the caller's own open attempt. One past its deadline (and
 * the grace) is closed as it stands, that closing is kept, and the caller
 * gets a 409 saying so.
 */
async function onOpenAttempt(ctx: RequestContext, quizId: string, id: string, action: "answer" | "submit", answers: Answers, change: (trx: Executor, row: attempts.AttemptRow, answers: Answers) => Promise<void>): Promise<Attempt> {
  const expired = await inTransaction(ctx.db, async (trx) => {
    const row = await visibleAttempt(trx, ctx.actor, quizId, id);
    enforce(attemptPolicy[action](ctx.actor, { memberId: row.member_id, status: row.status }));
    if (isOverdue(row, now())) {
      await closeAttempt(trx, { workspaceId: ctx.workspaceId, memberId: null }, row, { status: "expired", answers: row.answers });
      return row;
    }
    const errors = answerErrors(row.questions, answers);
    if (errors.length > 0) throw new AppError(422, "invalid_answers", "Some answers do not fit the attempt's questions.", errors);
    await change(trx, row, { ...row.answers, ...answers });
    return null;
  });
  if (expired) throw pastDeadline(expired);
  return getAttempt(ctx, quizId, id);
}

/** Saves answers so far (merged over those saved; an empty list clears a question). */
export function saveAnswers(ctx: RequestContext, quizId: string, id: string, answers: Answers): Promise<Attempt> {
  return onOpenAttempt(ctx, quizId, id, "answer", answers, async (trx, row, merged) => {
    if (!(await attempts.saveAnswers(trx, ctx.workspaceId, row.id, merged))) throw closedMeanwhile();
  });
}

/** Scores the attempt with these answers merged over those saved; the result comes back with it. */
export function submitAttempt(ctx: RequestContext, quizId: string, id: string, answers: Answers): Promise<Attempt> {
  return onOpenAttempt(ctx, quizId, id, "submit", answers, async (trx, row, merged) => {
    if (!(await closeAttempt(trx, ctx.actor, row, { status: "submitted", answers: merged }))) throw closedMeanwhile();
  });
}

const closedMeanwhile = () => new AppError(409, "attempt_closed", "This attempt was submitted a moment ago.");

const OVERDUE_BATCH = 100;

/** For the job: closes every attempt, in any workspace, left open past its deadline and the grace. */
export async function closeOverdueAttempts(db: Db, signal: AbortSignal): Promise<number> {
  let closed = 0;
  for (;;) {
    const before = new Date(Date.now() - ATTEMPT_GRACE_SECONDS * 1000).toISOString();
    const due = await attempts.listOverdue(db, before, OVERDUE_BATCH);
    for (const row of due) {
      const done = await db.transaction().execute((trx) => closeAttempt(trx, { workspaceId: row.workspace_id, memberId: null }, row, { status: "expired", answers: row.answers }));
      if (done) closed++;
    }
    if (due.length < OVERDUE_BATCH || signal.aborted) return closed;
  }
}
