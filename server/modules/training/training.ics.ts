import ical, { ICalCalendarMethod, ICalEventStatus, type ICalAttendeeData, type ICalCalendar } from "ical-generator";
import { getVtimezoneComponent } from "@touch4it/ical-timezones";
import { DateTime } from "luxon";
import { instantOf } from "./training.recurrence.ts";

/*
 * RFC 5545 calendars of training sessions, written by ical-generator. What
 * calendar servers need to apply an update (RFC 5546): the same UID for the
 * life of the series, a SEQUENCE that only rises, METHOD:REQUEST for invites
 * and changes, METHOD:CANCEL for cancellations, RECURRENCE-ID (the original
 * start) for one changed occurrence, ORGANIZER and ATTENDEE. Times carry
 * the session's TZID with its VTIMEZONE, so a client expands the rule on the
 * same wall clock Tandem does. DTSTAMP stays in UTC because the calendar
 * itself names no zone (the generator writes it in the calendar's zone otherwise).
 */

export interface CalendarOccurrence {
  /** UTC instants; `originalStart` is where the rule put it, the RECURRENCE-ID. */
  originalStart: string;
  start: string;
  end: string;
  status: "scheduled" | "moved" | "cancelled";
}

export interface CalendarSession {
  id: string;
  title: string;
  agenda: string;
  place: string;
  videoUrl: string | null;
  /** The session's page in Tandem. */
  url: string;
  timeZone: string;
  /** Wall time of the first start in `timeZone`. */
  start: string;
  durationMinutes: number;
  rule: string | null;
  sequence: number;
  status: "scheduled" | "cancelled";
  createdAt: string;
  updatedAt: string;
  organizer: { name: string; email: string };
  occurrences: readonly CalendarOccurrence[];
}

export interface Invitee {
  name: string;
  email: string;
}

export const uidOf = (sessionId: string) => `${sessionId}@tandem`;

const PROD_ID = { company: "Tandem", product: "Training sessions", language: "EN" };

function newCalendar(method: ICalCalendarMethod, name?: string): ICalCalendar {
  return ical({ prodId: PROD_ID, method, name: name ?? null, timezone: { name: null, generator: getVtimezoneComponent } });
}

const inZone = (iso: string, timeZone: string) => DateTime.fromISO(iso, { zone: "utc" }).setZone(timeZone);
const wallStamp = (iso: string, timeZone: string) => inZone(iso, timeZone).toFormat("yyyyMMdd'T'HHmmss");

function description(session: CalendarSession): string {
  return [session.agenda, session.videoUrl ? `Join: ${session.videoUrl}` : "", `In Tandem: ${session.url}`].filter(Boolean).join("\n\n");
}

const attendeesOf = (invitees: readonly Invitee[]): ICalAttendeeData[] => invitees.map((invitee) => ({ name: invitee.name, email: invitee.email, rsvp: true }));

/** The fields every VEVENT of the session shares. */
function common(session: CalendarSession, invitees: readonly Invitee[]) {
  return {
    id: uidOf(session.id),
    sequence: session.sequence,
    stamp: DateTime.utc(),
    created: DateTime.fromISO(session.createdAt, { zone: "utc" }),
    lastModified: DateTime.fromISO(session.updatedAt, { zone: "utc" }),
    timezone: session.timeZone,
    summary: session.title,
    description: description(session),
    location: session.place || session.videoUrl || null,
    url: session.url,
    organizer: { name: session.organizer.name, email: session.organizer.email },
    attendees: attendeesOf(invitees),
  };
}

/** The series' own VEVENT: the rule, its cancelled dates as EXDATE. */
function addSeries(calendar: ICalCalendar, session: CalendarSession, invitees: readonly Invitee[], status: ICalEventStatus) {
  const start = instantOf(session.start, session.timeZone);
  const cancelled = session.occurrences.filter((occurrence) => occurrence.status === "cancelled");
  const repeating = session.rule
    ? [`RRULE:${session.rule}`, ...(cancelled.length > 0 ? [`EXDATE;TZID=${session.timeZone}:${cancelled.map((occurrence) => wallStamp(occurrence.originalStart, session.timeZone)).join(",")}`] : [])].join("\n")
    : null;
  calendar.createEvent({ ...common(session, invitees), start, end: start.plus({ minutes: session.durationMinutes }), repeating, status });
}

/** One occurrence that differs from the rule: its new times under the RECURRENCE-ID of where the rule put it. */
function addOccurrence(calendar: ICalCalendar, session: CalendarSession, occurrence: CalendarOccurrence, invitees: readonly Invitee[]) {
  calendar.createEvent({
    ...common(session, invitees),
    recurrenceId: inZone(occurrence.originalStart, session.timeZone),
    start: inZone(occurrence.start, session.timeZone),
    end: inZone(occurrence.end, session.timeZone),
    status: occurrence.status === "cancelled" ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  });
}

const moved = (session: CalendarSession) => (session.rule ? session.occurrences.filter((occurrence) => occurrence.status === "moved") : []);

/** The whole series as it stands: an invite or update (REQUEST), or a download (PUBLISH). */
export function sessionCalendar(session: CalendarSession, method: "REQUEST" | "PUBLISH", invitees: readonly Invitee[] = []): string {
  const calendar = newCalendar(method === "REQUEST" ? ICalCalendarMethod.REQUEST : ICalCalendarMethod.PUBLISH);
  addSeries(calendar, session, invitees, ICalEventStatus.CONFIRMED);
  for (const occurrence of moved(session)) addOccurrence(calendar, session, occurrence, invitees);
  return calendar.toString();
}

/** One occurrence moved (REQUEST) or cancelled (CANCEL), leaving the rest of the series alone. */
export function occurrenceCalendar(session: CalendarSession, occurrence: CalendarOccurrence, invitees: readonly Invitee[]): string {
  const calendar = newCalendar(occurrence.status === "cancelled" ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST);
  addOccurrence(calendar, session, occurrence, invitees);
  return calendar.toString();
}

/** The whole series called off, or these invitees taken off it. */
export function cancellationCalendar(session: CalendarSession, invitees: readonly Invitee[]): string {
  const calendar = newCalendar(ICalCalendarMethod.CANCEL);
  addSeries(calendar, session, invitees, ICalEventStatus.CANCELLED);
  return calendar.toString();
}

/** A member's subscribed feed: every session they are invited to or give, as it stands. */
export function feedCalendar(name: string, sessions: readonly CalendarSession[]): string {
  const calendar = newCalendar(ICalCalendarMethod.PUBLISH, name);
  for (const session of sessions) {
    addSeries(calendar, session, [], ICalEventStatus.CONFIRMED);
    for (const occurrence of moved(session)) addOccurrence(calendar, session, occurrence, []);
  }
  return calendar.toString();
}
