import ICAL from "ical.js";
import { describe, expect, it } from "vitest";
import { cancellationCalendar, feedCalendar, occurrenceCalendar, sessionCalendar, uidOf, type CalendarSession } from "./training.ics.ts";
import { expand, normaliseRule } from "./training.recurrence.ts";

// Each calendar is read back by ical.js, an independent parser, and checked field by field.

function parse(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents("vtimezone")) ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  const events = calendar.getAllSubcomponents("vevent");
  return { calendar, events, method: calendar.getFirstPropertyValue("method") };
}

const start = "2027-03-11T10:00";
const timeZone = "Europe/Berlin";
const rule = normaliseRule("FREQ=MONTHLY;BYDAY=2TH;COUNT=6", undefined, start, timeZone);
const slots = expand({ start, timeZone, durationMinutes: 90, rule });

const session = (changes: Partial<CalendarSession> = {}): CalendarSession => ({
  id: "0190b3c4-0000-7000-8000-000000000001",
  title: "Product training: Cloud migration",
  agenda: "1. What changed\n2. Questions",
  place: "Room Elbe",
  videoUrl: "https://meet.example/cloud",
  url: "https://tandem.example/training/sessions/0190b3c4-0000-7000-8000-000000000001",
  timeZone,
  start,
  durationMinutes: 90,
  rule,
  sequence: 0,
  status: "scheduled",
  createdAt: "2027-01-05T09:00:00.000Z",
  updatedAt: "2027-01-05T09:00:00.000Z",
  organizer: { name: "Priya Patel", email: "priya@acme.example" },
  occurrences: slots.map((slot) => ({ originalStart: slot.start, start: slot.start, end: slot.end, status: "scheduled" as const })),
  ...changes,
});
const invitee = { name: "Lucas Rivera", email: "lucas@acme.example" };
const mailto = (value: unknown) => String(value).replace(/^mailto:/i, "").toLowerCase();

describe("training calendars", () => {
  it("writes an invite: METHOD:REQUEST, a stable UID, SEQUENCE, the zone's VTIMEZONE, organizer and attendee, and a rule that expands to Tandem's own dates", () => {
    const { calendar, events, method } = parse(sessionCalendar(session(), "REQUEST", [invitee]));
    expect(method).toBe("REQUEST");
    expect(calendar.getFirstPropertyValue("prodid")).toContain("Tandem");
    expect(calendar.getAllSubcomponents("vtimezone").map((zone) => zone.getFirstPropertyValue("tzid"))).toEqual([timeZone]);
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect(event.uid).toBe(uidOf(session().id));
    expect(event.sequence).toBe(0);
    expect(event.summary).toBe("Product training: Cloud migration");
    expect(event.location).toBe("Room Elbe");
    expect(event.description).toContain("Join: https://meet.example/cloud");
    expect(events[0]!.getFirstProperty("dtstart")!.getParameter("tzid")).toBe(timeZone);
    expect(event.startDate.toString()).toBe("2027-03-11T10:00:00");
    expect(event.duration.toSeconds()).toBe(90 * 60);
    expect(mailto(events[0]!.getFirstPropertyValue("organizer"))).toBe("priya@acme.example");
    const attendee = events[0]!.getFirstProperty("attendee")!;
    expect(mailto(attendee.getFirstValue())).toBe("lucas@acme.example");
    expect(attendee.getParameter("rsvp")).toBe("TRUE");
    expect(String(events[0]!.getFirstPropertyValue("dtstamp"))).toMatch(/Z$/);
    // The client's expansion (across the spring change on 28 March) matches the occurrences Tandem stores.
    const iterator = event.iterator();
    const expanded: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) expanded.push(next.toJSDate().toISOString());
    expect(expanded).toEqual(slots.map((slot) => slot.start));
    expect(expanded[0]).toBe("2027-03-11T09:00:00.000Z");
    expect(expanded[1]).toBe("2027-04-08T08:00:00.000Z");
  });

  it("writes an update of the series under the same UID with a higher SEQUENCE", () => {
    const { events, method } = parse(sessionCalendar(session({ sequence: 3, place: "Room Alster", updatedAt: "2027-02-01T12:00:00.000Z" }), "REQUEST", [invitee]));
    const event = new ICAL.Event(events[0]!);
    expect(method).toBe("REQUEST");
    expect([event.uid, event.sequence, event.location]).toEqual([uidOf(session().id), 3, "Room Alster"]);
    expect(events[0]!.getFirstPropertyValue("last-modified")!.toString()).toBe("2027-02-01T12:00:00Z");
  });

  it("writes a moved occurrence as a REQUEST of one VEVENT with the RECURRENCE-ID of its original start", () => {
    const second = slots[1]!;
    const movedTo = { start: "2027-04-09T12:00:00.000Z", end: "2027-04-09T13:30:00.000Z" };
    const { events, method } = parse(occurrenceCalendar(session({ sequence: 1 }), { originalStart: second.start, ...movedTo, status: "moved" }, [invitee]));
    expect(method).toBe("REQUEST");
    expect(events).toHaveLength(1);
    const event = new ICAL.Event(events[0]!);
    expect([event.uid, event.sequence, event.isRecurrenceException()]).toEqual([uidOf(session().id), 1, true]);
    expect(event.recurrenceId.toJSDate().toISOString()).toBe(second.start);
    expect(events[0]!.getFirstProperty("recurrence-id")!.getParameter("tzid")).toBe(timeZone);
    expect(event.startDate.toJSDate().toISOString()).toBe(movedTo.start);
    expect(event.startDate.toString()).toBe("2027-04-09T14:00:00");
    expect(events[0]!.hasProperty("rrule")).toBe(false);
  });

  it("writes a cancelled occurrence as METHOD:CANCEL with its RECURRENCE-ID and STATUS:CANCELLED, and leaves it out of the series with EXDATE", () => {
    const third = slots[2]!;
    const cancelled = { originalStart: third.start, start: third.start, end: third.end, status: "cancelled" as const };
    const { events, method } = parse(occurrenceCalendar(session({ sequence: 2 }), cancelled, [invitee]));
    expect(method).toBe("CANCEL");
    const event = new ICAL.Event(events[0]!);
    expect([event.uid, event.sequence, events[0]!.getFirstPropertyValue("status")]).toEqual([uidOf(session().id), 2, "CANCELLED"]);
    expect(event.recurrenceId.toJSDate().toISOString()).toBe(third.start);

    const occurrences = session().occurrences.map((occurrence) => (occurrence.originalStart === third.start ? cancelled : occurrence));
    const series = parse(sessionCalendar(session({ sequence: 2, occurrences }), "PUBLISH"));
    expect(series.method).toBe("PUBLISH");
    const iterator = new ICAL.Event(series.events[0]!).iterator();
    const expanded: string[] = [];
    for (let next = iterator.next(); next; next = iterator.next()) expanded.push(next.toJSDate().toISOString());
    expect(expanded).toEqual(slots.filter((slot) => slot.start !== third.start).map((slot) => slot.start));
  });

  it("writes a cancelled series as METHOD:CANCEL of the whole event, and a feed with moved occurrences beside their series", () => {
    const cancellation = parse(cancellationCalendar(session({ sequence: 4, status: "cancelled" }), [invitee]));
    expect(cancellation.method).toBe("CANCEL");
    expect(cancellation.events.map((event) => [event.getFirstPropertyValue("uid"), event.getFirstPropertyValue("sequence"), event.getFirstPropertyValue("status"), event.hasProperty("recurrence-id")])).toEqual([
      [uidOf(session().id), 4, "CANCELLED", false],
    ]);

    const occurrences = session().occurrences.map((occurrence, index) => (index === 1 ? { ...occurrence, start: "2027-04-09T12:00:00.000Z", end: "2027-04-09T13:30:00.000Z", status: "moved" as const } : occurrence));
    const feed = parse(feedCalendar("Lucas Rivera's training", [session({ occurrences })]));
    expect(feed.method).toBe("PUBLISH");
    expect(feed.calendar.getFirstPropertyValue("x-wr-calname")).toBe("Lucas Rivera's training");
    expect(feed.events.map((event) => [event.getFirstPropertyValue("uid"), event.hasProperty("recurrence-id")])).toEqual([
      [uidOf(session().id), false],
      [uidOf(session().id), true],
    ]);
  });
});
