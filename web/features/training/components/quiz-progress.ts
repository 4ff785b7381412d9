import type { Quiz } from "#shared/contracts/quizzes.ts";
import { formatDate, formatDateTime } from "#web/components/format.ts";

/** Where the member stands with a quiz, in one line. */
export function progressLine(quiz: Pick<Quiz, "progress" | "maxAttempts">): string {
  const { progress } = quiz;
  if (progress.passed) return `Passed on ${formatDate(progress.passedAt)}${progress.bestScore === null ? "" : ` (best score ${progress.bestScore} %)`}.`;
  if (progress.openAttemptId) return "You have an attempt in progress.";
  const parts: string[] = [];
  if (progress.bestScore !== null) parts.push(`Best score so far ${progress.bestScore} %`);
  if (progress.attemptsLeft !== null) parts.push(progress.attemptsLeft === 0 ? "no attempts left" : `${progress.attemptsLeft} of ${quiz.maxAttempts} attempts left`);
  if (progress.nextAttemptAt) parts.push(`next attempt from ${formatDateTime(progress.nextAttemptAt)}`);
  return parts.length > 0 ? `${parts.join(", ")}.` : "Not taken yet.";
}

/** The quiz's rules, as a taker reads them before starting. */
export function rulesLine(quiz: Pick<Quiz, "questionsPerAttempt" | "passMark" | "timeLimitMinutes" | "maxAttempts">): string {
  const time = quiz.timeLimitMinutes === null ? "no time limit" : `${quiz.timeLimitMinutes} minutes`;
  const attempts = quiz.maxAttempts === null ? "as many attempts as you need" : `${quiz.maxAttempts} attempts`;
  return `${quiz.questionsPerAttempt} questions, pass mark ${quiz.passMark} %, ${time}, ${attempts}.`;
}
