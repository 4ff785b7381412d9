import { CronExpressionParser } from "cron-parser";

export class CronError extends Error {
  override name = "CronError";
}

const MACROS = new Set(["@yearly", "@annually", "@monthly", "@weekly", "@daily", "@hourly"]);

/**
 * The first time after `from` that matches `cron`, in UTC. Expressions have
 * five fields (minute hour day-of-month month day-of-week) or six with
 * seconds first, or are one of the @daily-style macros. Parsing is
 * cron-parser's; this only refuses what it would read loosely (it fills in
 * missing fields).
 */
export function nextRunAfter(cron: string, from: Date): Date {
  const expression = cron.trim();
  const fields = expression.split(/\s+/).length;
  if (!MACROS.has(expression) && fields !== 5 && fields !== 6) {
    throw new CronError(`"${cron}" is not a cron expression: give 5 fields (minute hour day month weekday), e.g. "0 3 * * *".`);
  }
  try {
    return CronExpressionParser.parse(expression, { currentDate: from, tz: "UTC", hashSeed: expression }).next().toDate();
  } catch (error) {
    throw new CronError(`"${cron}" is not a valid cron expression: ${error instanceof Error ? error.message : String(error)}.`);
  }
}

/** Throws a CronError naming the problem, or returns the expression. */
export function validateCron(cron: string): string {
  nextRunAfter(cron, new Date(0));
  return cron.trim();
}
