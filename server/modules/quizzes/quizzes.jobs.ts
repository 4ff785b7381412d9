import type { JobHandler } from "#server/kernel/jobs/handler.ts";
import { closeOverdueAttempts } from "./quizzes.attempts.ts";

export const CLOSE_OVERDUE_ATTEMPTS_JOB = "quizzes.close-overdue";
/** Every five minutes: an abandoned attempt is scored within minutes of its deadline. */
export const CLOSE_OVERDUE_ATTEMPTS_CRON = "*/5 * * * *";

/** Scores attempts left open past their deadline (and the grace), as they stood. */
export const closeOverdueAttemptsHandler: JobHandler = async (_payload, { db, signal, logger }) => {
  const closed = await closeOverdueAttempts(db, signal);
  if (closed > 0) logger.info({ closed }, "closed quiz attempts past their deadline");
};
