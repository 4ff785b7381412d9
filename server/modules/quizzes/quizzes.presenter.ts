import type { MemberRef } from "#shared/contracts/common.ts";
import type { Attempt, AttemptSummary, Question, QuizProgress, QuizRecord } from "#shared/contracts/quizzes.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import { attemptPolicy, questionPolicy, type QuizFacts } from "#shared/policies/quizzes.ts";
import type { AttemptBrief, AttemptListRow, AttemptRow } from "./quizzes.attempts.repository.ts";
import type { QuestionRow, QuizRow } from "./quizzes.repository.ts";
import { scoreAnswers } from "./quizzes.scoring.ts";

/** Seconds past an attempt's deadline that a submission still counts: for the clock of a slow network or device. */
export const ATTEMPT_GRACE_SECONDS = 30;
/** How long an attempt at an untimed quiz stays open before it is scored as it stands. */
export const UNTIMED_ATTEMPT_HOURS = 24;

export const isOverdue = (attempt: Pick<AttemptBrief, "status" | "deadline_at">, at: string) =>
  attempt.status === "in_progress" && Date.parse(at) > Date.parse(attempt.deadline_at) + ATTEMPT_GRACE_SECONDS * 1000;

const UNKNOWN_MEMBER: MemberRef = { id: "", name: "Former member", email: "" };

export function presentQuizRecord(row: QuizRow, extra: { bankSize: number; service: { id: string; name: string } | null }): QuizRecord {
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    service: extra.service,
    passMark: row.pass_mark,
    questionsPerAttempt: row.questions_per_attempt,
    maxAttempts: row.max_attempts,
    cooldownMinutes: row.cooldown_minutes,
    timeLimitMinutes: row.time_limit_minutes,
    status: row.status,
    bankSize: extra.bankSize,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/**
 * Where a member stands with a quiz, from their attempts (oldest first):
 * attempts count since the last pass; the cool-down runs from the end of the
 * last failed attempt (its deadline, for one left to run out). A passed quiz is
 * `reopened` when the certification it earned is due for renewal.
 */
export function progressOf(quiz: Pick<QuizRow, "max_attempts" | "cooldown_minutes">, attempts: readonly AttemptBrief[], at: string, reopened = false): QuizProgress {
  const lastPass = attempts.findLast((attempt) => attempt.passed === true);
  const sincePass = lastPass ? attempts.filter((attempt) => attempt.number > lastPass.number) : attempts;
  const open = attempts.find((attempt) => attempt.status === "in_progress" && !isOverdue(attempt, at));
  const last = attempts.at(-1);
  const lastEnded = last && last.status !== "in_progress" ? last.closed_at : last && isOverdue(last, at) ? last.deadline_at : null;
  // The cool-down follows a failed attempt; a pass (due for renewal later) waits for nothing.
  const cooldownEnds = lastEnded && last?.passed !== true && quiz.cooldown_minutes > 0 ? new Date(Date.parse(lastEnded) + quiz.cooldown_minutes * 60_000).toISOString() : null;
  const scores = attempts.flatMap((attempt) => (attempt.score === null ? [] : [attempt.score]));
  return {
    attemptsUsed: sincePass.length,
    attemptsLeft: quiz.max_attempts === null ? null : Math.max(0, quiz.max_attempts - sincePass.length),
    bestScore: scores.length > 0 ? Math.max(...scores) : null,
    passed: Boolean(lastPass) && !reopened,
    passedAt: lastPass?.closed_at ?? null,
    openAttemptId: open?.id ?? null,
    nextAttemptAt: cooldownEnds && cooldownEnds > at && !open ? cooldownEnds : null,
  };
}

export function quizFacts(record: Pick<QuizRecord, "status" | "bankSize" | "questionsPerAttempt">, progress: QuizProgress): QuizFacts {
  return {
    status: record.status,
    bankSize: record.bankSize,
    questionsPerAttempt: record.questionsPerAttempt,
    attemptOpen: progress.openAttemptId !== null,
    passed: progress.passed,
    attemptsLeft: progress.attemptsLeft,
    coolingDown: progress.nextAttemptAt !== null,
  };
}

export function presentQuestion(row: QuestionRow, actor: PolicyActor): Question {
  return {
    id: row.id,
    quizId: row.quiz_id,
    position: row.position,
    kind: row.kind,
    prompt: row.prompt,
    explanation: row.explanation,
    choices: row.choices.map(({ id, text, correct }) => ({ id, text, correct })),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
    permissions: permissionsOf(questionPolicy, actor, null),
  };
}

/** A question as the audit log keeps it: never its key, which admins reading the log could take the quiz with. */
export const questionAuditRecord = (question: Pick<QuestionRow, "id" | "kind" | "prompt" | "choices">) => ({
  id: question.id,
  kind: question.kind,
  prompt: question.prompt,
  choices: question.choices.map((choice) => choice.text),
});

export function presentAttemptSummary(row: AttemptListRow, members: ReadonlyMap<string, MemberRef>): AttemptSummary {
  return {
    id: row.id,
    quizId: row.quiz_id,
    member: members.get(row.member_id) ?? { ...UNKNOWN_MEMBER, id: row.member_id },
    number: row.number,
    status: row.status,
    startedAt: row.started_at,
    deadlineAt: row.deadline_at,
    closedAt: row.closed_at,
    questionCount: row.question_count,
    score: row.score,
    passMark: row.pass_mark,
    passed: row.passed,
  };
}

/**
 * An attempt as its taker (or a quiz builder) sees it. The questions are
 * rebuilt field by field without their key; the key and the explanations
 * appear only in `result`, once the attempt is closed.
 */
export function presentAttempt(row: AttemptRow, extra: { members: ReadonlyMap<string, MemberRef>; timed: boolean; actor: PolicyActor }): Attempt {
  const closed = row.status !== "in_progress";
  const score = closed ? scoreAnswers(row.questions, row.answers, row.pass_mark) : null;
  return {
    ...presentAttemptSummary(row, extra.members),
    timed: extra.timed,
    questions: row.questions.map((question) => ({
      id: question.id,
      kind: question.kind,
      prompt: question.prompt,
      choices: question.choices.map((choice) => ({ id: choice.id, text: choice.text })),
    })),
    answers: row.answers,
    result: score && {
      correctCount: score.correctCount,
      questions: row.questions.map((question, index) => ({
        questionId: question.id,
        isCorrect: score.questions[index]!.isCorrect,
        correctChoiceIds: question.choices.filter((choice) => choice.correct).map((choice) => choice.id),
        explanation: question.explanation,
      })),
    },
    permissions: permissionsOf(attemptPolicy, extra.actor, { memberId: row.member_id, status: row.status }),
  };
}
