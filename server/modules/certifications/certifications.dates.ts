import { addMonths, daysFrom } from "#server/kernel/calendar.ts";

export type CertificationState = "certified" | "expiring" | "expired" | "missing";

/** Days before expiry when the holder is reminded, each once; 0 is the day it lapses. */
export const REMINDER_DAYS = [30, 7, 0] as const;

/**
 * The day a certification no longer holds: the earned date plus the validity
 * in calendar months. A month without that day ends it on its last day
 * (earned 31 January, one month: 28 or 29 February; earned 29 February,
 * twelve months: 28 February). Validity is at least a month, so it never
 * expires the day it is earned.
 */
export function expiryOf(earnedOn: string, validityMonths: number): string {
  if (!Number.isInteger(validityMonths) || validityMonths < 1) throw new RangeError("Validity is a whole number of months, at least 1.");
  return addMonths(earnedOn, validityMonths);
}

/**
 * Where a certification stands on `today`: certified, expiring when at most
 * `expiringDays` are left, expired from its expiry day on, missing when
 * there is none. `daysLeft` is 0 on the expiry day and negative after.
 */
export function certificationState(
  certification: { expiresOn: string } | null,
  today: string,
  expiringDays: number,
): { state: CertificationState; daysLeft: number | null } {
  if (!certification) return { state: "missing", daysLeft: null };
  const daysLeft = daysFrom(today, certification.expiresOn);
  return { state: daysLeft <= 0 ? "expired" : daysLeft <= expiringDays ? "expiring" : "certified", daysLeft };
}

/**
 * The reminder due today, if any: the most urgent threshold reached and not
 * yet sent. The less urgent ones it passes over count as sent, so a job that
 * did not run for a week sends one reminder, not three.
 */
export function dueReminder(expiresOn: string, today: string, sent: ReadonlySet<number>): { days: number; covers: number[] } | null {
  const daysLeft = daysFrom(today, expiresOn);
  const reached = REMINDER_DAYS.filter((days) => daysLeft <= days);
  const mostUrgent = reached.at(-1);
  if (mostUrgent === undefined || sent.has(mostUrgent)) return null;
  return { days: mostUrgent, covers: reached.filter((days) => !sent.has(days)) };
}
