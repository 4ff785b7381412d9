import { DateTime } from "luxon";

/*
 * Calendar dates in UTC, as YYYY-MM-DD: the days training counts in (due
 * dates, certification expiries). UTC days are all 86,400 s long, so adding
 * and counting days is plain arithmetic — exact, and cheap enough for a
 * matrix of 100,000 cells; months go through luxon for their uneven lengths.
 */

const DAY_MS = 86_400_000;
const midnight = (isoDate: string) => Date.parse(`${isoDate}T00:00:00Z`);
const dateOf = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** The UTC date of a moment. */
export const todayOf = (at: string | Date): string => (typeof at === "string" ? new Date(at) : at).toISOString().slice(0, 10);

export const addDays = (isoDate: string, days: number): string => dateOf(midnight(isoDate) + days * DAY_MS);

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export const daysFrom = (from: string, to: string): number => Math.round((midnight(to) - midnight(from)) / DAY_MS);

/** `months` calendar months later (negative: earlier); a month without that day ends on its last day. */
export const addMonths = (isoDate: string, months: number): string => DateTime.fromISO(isoDate, { zone: "utc" }).plus({ months }).toISODate()!;

/** "3 December 2026", as mail and certificates write a date. */
export const formatLongDate = (isoDate: string): string => DateTime.fromISO(isoDate, { zone: "utc" }).setLocale("en-GB").toFormat("d MMMM yyyy");
