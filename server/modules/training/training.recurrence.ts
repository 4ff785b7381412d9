import { DateTime, IANAZone } from "luxon";
import rrule from "rrule";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { AppError } from "#server/kernel/errors.ts";

const { RRule } = rrule;

/*
 * A session's times are wall-clock times in its IANA zone, as calendars keep
 * them: a monthly training at 10:00 in Berlin stays at 10:00 across daylight
 * saving. rrule expands dates without zones, so the rule is expanded on
 * "floating" wall times (a Date whose UTC fields are the wall clock) and each
 * result is placed in the zone by luxon. A wall time that does not exist (in
 * the spring-forward gap) moves forward by the gap, as RFC 5545 3.3.5 says.
 */

/** A series never has more occurrences than this, nor spans more years. */
export const MAX_OCCURRENCES = 200;
export const MAX_SPAN_YEARS = 3;

export interface Schedule {
  /** Wall time of the first start, YYYY-MM-DDTHH:mm, in `timeZone`. */
  start: string;
  timeZone: string;
  durationMinutes: number;
  /** The canonical rule (`normaliseRule`), or null for a single session. */
  rule: string | null;
}

export interface Slot {
  /** UTC instants, ISO 8601. */
  start: string;
  end: string;
}

const fail = (code: string, path: string, message: string) => new AppError(422, code, message, [{ path, message }]);
const RULE_PATH = "body.recurrence.rule";

/** An IANA zone that luxon can compute in and that calendars get a VTIMEZONE for. */
export function isKnownZone(zone: string): boolean {
  return IANAZone.isValidZone(zone) && zone !== "UTC" ? getVtimezoneComponent(zone) !== null : zone === "UTC";
}

/** The instant of a wall time in a zone. */
export const instantOf = (local: string, timeZone: string): DateTime => DateTime.fromISO(local, { zone: timeZone });

/** The wall time (YYYY-MM-DDTHH:mm) of an instant in a zone. */
export const localOf = (iso: string, timeZone: string): string => DateTime.fromISO(iso, { zone: "utc" }).setZone(timeZone).toFormat("yyyy-MM-dd'T'HH:mm");

const floating = (wall: DateTime): Date => new Date(Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second));
const unfloat = (date: Date, timeZone: string): DateTime =>
  DateTime.fromObject(
    { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes() },
    { zone: timeZone },
  );

const DAY = "(?:[+-]?(?:[1-9]|[1-4]\\d|5[0-3]))?(?:MO|TU|WE|TH|FR|SA|SU)";
const list = (item: string) => new RegExp(`^${item}(?:,${item})*$`);
/** The parts of RFC 5545 3.3.10 a training series may use; times of day come from the session's start. */
const PARTS: Record<string, RegExp> = {
  FREQ: /^(?:DAILY|WEEKLY|MONTHLY|YEARLY)$/,
  INTERVAL: /^[1-9]\d{0,2}$/,
  COUNT: /^[1-9]\d{0,3}$/,
  UNTIL: /^\d{8}(?:T\d{6}Z?)?$/,
  BYDAY: list(DAY),
  BYMONTHDAY: list("-?(?:[1-9]|[12]\\d|3[01])"),
  BYMONTH: list("(?:[1-9]|1[0-2])"),
  BYSETPOS: list("-?(?:[1-9]\\d{0,2})"),
  WKST: /^(?:MO|TU|WE|TH|FR|SA|SU)$/,
};

/** UNTIL as an instant: a date means the end of that day in the zone; a time without Z is a wall time there. */
function untilInstant(value: string, timeZone: string): DateTime {
  const [date, time] = value.split("T") as [string, string | undefined];
  const day = `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6, 8)}`;
  if (!time) return DateTime.fromISO(`${day}T23:59:59`, { zone: timeZone });
  const clock = `${time.slice(0, 2)}:${time.slice(2, 4)}:${time.slice(4, 6)}`;
  return time.endsWith("Z") ? DateTime.fromISO(`${day}T${clock}`, { zone: "utc" }) : DateTime.fromISO(`${day}T${clock}`, { zone: timeZone });
}

/**
 * Checks a rule as a person wrote it and returns it canonical: the parts in
 * rrule's order, UNTIL in UTC as RFC 5545 asks when DTSTART has a zone. A
 * series must end: COUNT or UNTIL in the rule, or `until` (a date) beside it.
 */
export function normaliseRule(input: string, until: string | undefined, start: string, timeZone: string): string {
  const body = input.trim().replace(/^RRULE:/i, "").toUpperCase();
  const parts = new Map<string, string>();
  for (const part of body.split(";")) {
    const [key, value, extra] = part.split("=");
    if (!key || value === undefined || extra !== undefined) throw fail("invalid_recurrence", RULE_PATH, `"${part}" is not a KEY=VALUE part of a recurrence rule.`);
    if (key === "FREQ" && /^(?:SECONDLY|MINUTELY|HOURLY)$/.test(value)) throw fail("invalid_recurrence", RULE_PATH, "A training series repeats at most daily.");
    const pattern = PARTS[key];
    if (!pattern) throw fail("invalid_recurrence", RULE_PATH, `${key} is not supported here: use FREQ, INTERVAL, COUNT, UNTIL, BYDAY, BYMONTHDAY, BYMONTH, BYSETPOS or WKST.`);
    if (!pattern.test(value)) throw fail("invalid_recurrence", RULE_PATH, `${key}=${value} is not a valid value.`);
    if (parts.has(key)) throw fail("invalid_recurrence", RULE_PATH, `${key} appears twice.`);
    parts.set(key, value);
  }
  if (!parts.has("FREQ")) throw fail("invalid_recurrence", RULE_PATH, "The rule needs FREQ (DAILY, WEEKLY, MONTHLY or YEARLY).");
  if (parts.has("COUNT") && parts.has("UNTIL")) throw fail("invalid_recurrence", RULE_PATH, "Give COUNT or UNTIL, not both.");
  if (parts.has("BYSETPOS") && !parts.has("BYDAY") && !parts.has("BYMONTHDAY")) throw fail("invalid_recurrence", RULE_PATH, "BYSETPOS needs BYDAY or BYMONTHDAY.");
  const bounded = parts.has("COUNT") || parts.has("UNTIL");
  if (bounded && until) throw fail("invalid_recurrence", "body.recurrence.until", "The rule ends by itself (COUNT or UNTIL): leave `until` out, or take the bound out of the rule.");
  if (!bounded && !until) throw fail("unbounded_recurrence", "body.recurrence.until", "A series must end: add COUNT or UNTIL to the rule, or give `until`, the last day it may fall on.");
  if (Number(parts.get("COUNT") ?? 0) > MAX_OCCURRENCES) throw fail("too_many_occurrences", RULE_PATH, `At most ${MAX_OCCURRENCES} occurrences.`);
  const untilValue = parts.get("UNTIL") ?? (until ? until.replaceAll("-", "") : undefined);
  parts.delete("UNTIL");
  const options = RRule.parseString([...parts].map(([key, value]) => `${key}=${value}`).join(";"));
  if (untilValue) {
    const end = untilInstant(untilValue, timeZone);
    if (!end.isValid) throw fail("invalid_recurrence", until ? "body.recurrence.until" : RULE_PATH, "UNTIL is not a real date.");
    options.until = end.toUTC().startOf("second").toJSDate();
  }
  const canonical = RRule.optionsToString(options).replace(/^RRULE:/, "");
  expand({ start, timeZone, durationMinutes: 0, rule: canonical });
  return canonical;
}

/**
 * The occurrences of a schedule, in order. The first one is the start
 * itself: a start the rule would not produce is refused, because calendars
 * count DTSTART as the first occurrence whatever the rule says.
 */
export function expand(schedule: Schedule): Slot[] {
  const first = instantOf(schedule.start, schedule.timeZone);
  const slot = (start: DateTime): Slot => ({ start: start.toUTC().toISO()!, end: start.plus({ minutes: schedule.durationMinutes }).toUTC().toISO()! });
  if (!schedule.rule) return [slot(first)];
  const options = RRule.parseString(schedule.rule);
  const untilWall = options.until ? floating(DateTime.fromJSDate(options.until).setZone(schedule.timeZone)) : undefined;
  const lastAllowed = first.plus({ years: MAX_SPAN_YEARS });
  const dates = new RRule({ ...options, until: untilWall ?? null, dtstart: floating(first) }).all((_date, index) => index < MAX_OCCURRENCES + 1);
  if (dates.length === 0) throw fail("recurrence_empty", RULE_PATH, "The rule gives no dates from the start on.");
  if (dates.length > MAX_OCCURRENCES) throw fail("too_many_occurrences", RULE_PATH, `At most ${MAX_OCCURRENCES} occurrences: end the series sooner.`);
  const starts = dates.map((date) => unfloat(date, schedule.timeZone));
  if (starts[0]!.toMillis() !== first.toMillis()) {
    throw fail("start_not_in_rule", "body.start", `The start (${first.toFormat("cccc d LLLL yyyy")}) is not one of the rule's dates; the first would be ${starts[0]!.toFormat("cccc d LLLL yyyy")}.`);
  }
  if (starts.at(-1)! > lastAllowed) throw fail("recurrence_too_long", RULE_PATH, `A series spans at most ${MAX_SPAN_YEARS} years.`);
  return starts.map(slot);
}
