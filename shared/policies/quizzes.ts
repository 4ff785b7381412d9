import { forbid, onlyRoles, refuse, type Policy, type PolicyActor } from "./policy.ts";
import { TRAINING_MANAGERS } from "./roles.ts";

/** Where a quiz stands, and where the asking member stands with it. */
export interface QuizFacts {
  status: "draft" | "published";
  bankSize: number;
  questionsPerAttempt: number;
  /** The caller has an attempt open: starting resumes it. */
  attemptOpen: boolean;
  passed: boolean;
  /** Null: no limit. */
  attemptsLeft: number | null;
  /** The cool-down after the last attempt has not run out. */
  coolingDown: boolean;
}

const manager = onlyRoles(TRAINING_MANAGERS, "not_a_training_manager", "Only sales managers and PMO leads build quizzes.");

/** Quiz builders see drafts (to others they do not exist: 404) and everyone's attempts (others see their own). */
export const buildsQuizzes = (actor: Pick<PolicyActor, "roles">): boolean => manager(actor) === null;

/**
 * Sales managers and PMO leads build quizzes and see everyone's attempts and
 * the per-question statistics; any member takes a published quiz within
 * its attempt limit and cool-down, and once passed it stays passed.
 */
export const quizPolicy = {
  update: manager,
  delete: manager,
  manageQuestions: manager,
  seeStatistics: manager,
  seeAllAttempts: manager,
  publish: (actor, quiz) =>
    manager(actor) ??
    (quiz.status === "published"
      ? refuse("already_published", "This quiz is already published.")
      : quiz.bankSize < quiz.questionsPerAttempt
        ? refuse("bank_too_small", `An attempt draws ${quiz.questionsPerAttempt} questions: add ${quiz.questionsPerAttempt - quiz.bankSize} more to the bank first.`)
        : null),
  unpublish: (actor, quiz) => manager(actor) ?? (quiz.status === "published" ? null : refuse("not_published", "This quiz is not published.")),
  start: (_actor, quiz) =>
    quiz.attemptOpen
      ? null
      : quiz.status !== "published"
        ? refuse("quiz_not_published", "This quiz is not published yet.")
        : quiz.passed
          ? refuse("already_passed", "You passed this quiz already.")
          : quiz.attemptsLeft === 0
            ? refuse("no_attempts_left", "You have used every attempt at this quiz.")
            : quiz.coolingDown
              ? refuse("cooling_down", "Take a break before the next attempt: the quiz shows when you can start again.")
              : null,
} satisfies Policy<QuizFacts, string>;

export type QuizPermissions = Record<keyof typeof quizPolicy, boolean>;

/** Who holds an attempt and whether it is still open. */
export interface AttemptFacts {
  memberId: string;
  status: "in_progress" | "submitted" | "expired";
}

const ownOpenAttempt: Policy<AttemptFacts, "answer">["answer"] = (actor, attempt) =>
  attempt.memberId !== actor.memberId
    ? forbid("not_your_attempt", "Only the member taking an attempt answers it.")
    : attempt.status === "in_progress"
      ? null
      : refuse("attempt_closed", "This attempt is closed: it was submitted or ran out of time.");

/** Only the member taking an attempt answers and submits it, while it is open. */
export const attemptPolicy = {
  answer: ownOpenAttempt,
  submit: ownOpenAttempt,
} satisfies Policy<AttemptFacts, string>;

export type AttemptPermissions = Record<keyof typeof attemptPolicy, boolean>;

/** Questions are the quiz's: whoever may manage the bank changes any of them. */
export const questionPolicy = {
  update: manager,
  delete: manager,
} satisfies Policy<unknown, string>;
