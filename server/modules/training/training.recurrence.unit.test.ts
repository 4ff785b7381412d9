import { describe, expect, it } from "vitest";
import { AppError } from "#server/kernel/errors.ts";
import { expand, isKnownZone, localOf, normaliseRule } from "./training.recurrence.ts";

const starts = (start: string, timeZone: string, rule: string, until?: string) =>
  expand({ start, timeZone, durationMinutes: 60, rule: normaliseRule(rule, until, start, timeZone) }).map((slot) => slot.start);

const refusal = (action: () => unknown) => {
  try {
    action();
  } catch (error) {
    if (error instanceof AppError) return { status: error.status, code: error.code, path: error.errors?.[0]?.path };
    throw error;
  }
  throw new Error("expected a refusal");
};

describe("recurrence across daylight saving", () => {
  it("keeps a Berlin training at 10:00 on the wall when Europe springs forward (28 March 2027) and falls back (31 October 2027)", () => {
    expect(starts("2027-03-18T10:00", "Europe/Berlin", "FREQ=WEEKLY;COUNT=3")).toEqual([
      "2027-03-18T09:00:00.000Z",
      "2027-03-25T09:00:00.000Z",
      "2027-04-01T08:00:00.000Z",
    ]);
    expect(starts("2027-10-21T10:00", "Europe/Berlin", "FREQ=WEEKLY;COUNT=3")).toEqual([
      "2027-10-21T08:00:00.000Z",
      "2027-10-28T08:00:00.000Z",
      "2027-11-04T09:00:00.000Z",
    ]);
  });

  it("keeps a New York training at 09:00 when the US changes, two weeks before Europe (14 March and 7 November 2027)", () => {
    expect(starts("2027-03-08T09:00", "America/New_York", "FREQ=WEEKLY;BYDAY=MO;COUNT=2")).toEqual(["2027-03-08T14:00:00.000Z", "2027-03-15T13:00:00.000Z"]);
    expect(starts("2027-11-01T09:00", "America/New_York", "FREQ=WEEKLY;BYDAY=MO;COUNT=2")).toEqual(["2027-11-01T13:00:00.000Z", "2027-11-08T14:00:00.000Z"]);
  });

  it("moves a wall time that does not exist (02:30 on the spring-forward night) forward by the gap, as RFC 5545 says", () => {
    const slots = starts("2027-03-27T02:30", "Europe/Berlin", "FREQ=DAILY;COUNT=3");
    expect(slots).toEqual(["2027-03-27T01:30:00.000Z", "2027-03-28T01:30:00.000Z", "2027-03-29T00:30:00.000Z"]);
    expect(localOf(slots[1]!, "Europe/Berlin")).toBe("2027-03-28T03:30");
  });

  it("follows the southern hemisphere too: Sydney leaves daylight saving on 4 April 2027", () => {
    expect(starts("2027-03-29T18:00", "Australia/Sydney", "FREQ=WEEKLY;COUNT=2")).toEqual(["2027-03-29T07:00:00.000Z", "2027-04-05T08:00:00.000Z"]);
  });

  it("expands a monthly second Thursday, and ends on the day `until` names, inclusive", () => {
    expect(starts("2027-01-14T10:00", "Europe/Berlin", "FREQ=MONTHLY;BYDAY=2TH", "2027-06-10").map((iso) => localOf(iso, "Europe/Berlin"))).toEqual([
      "2027-01-14T10:00",
      "2027-02-11T10:00",
      "2027-03-11T10:00",
      "2027-04-08T10:00",
      "2027-05-13T10:00",
      "2027-06-10T10:00",
    ]);
  });
});

describe("recurrence rules", () => {
  it("writes the rule canonical, with UNTIL in UTC at the end of the named day in the session's zone", () => {
    expect(normaliseRule("rrule:freq=weekly;until=20270630", undefined, "2027-06-02T10:00", "Europe/Berlin")).toBe("FREQ=WEEKLY;UNTIL=20270630T215959Z");
    expect(normaliseRule("FREQ=MONTHLY;BYDAY=2TH", "2027-12-31", "2027-01-14T10:00", "America/New_York")).toBe("FREQ=MONTHLY;BYDAY=+2TH;UNTIL=20280101T045959Z");
  });

  it.each([
    ["FREQ=MONTHLY", undefined, "unbounded_recurrence", "body.recurrence.until"],
    ["FREQ=HOURLY;COUNT=3", undefined, "invalid_recurrence", "body.recurrence.rule"],
    ["FREQ=WEEKLY;COUNT=3;BYHOUR=9", undefined, "invalid_recurrence", "body.recurrence.rule"],
    ["FREQ=WEEKLY;COUNT=abc", undefined, "invalid_recurrence", "body.recurrence.rule"],
    ["FREQ=WEEKLY;BYDAY=XX;COUNT=2", undefined, "invalid_recurrence", "body.recurrence.rule"],
    ["FREQ=WEEKLY;COUNT=2;COUNT=3", undefined, "invalid_recurrence", "body.recurrence.rule"],
    ["FREQ=WEEKLY;COUNT=2;UNTIL=20271231", undefined, "invalid_recurrence", "body.recurrence.rule"],
    ["FREQ=WEEKLY;COUNT=2", "2027-12-31", "invalid_recurrence", "body.recurrence.until"],
    ["COUNT=2", undefined, "invalid_recurrence", "body.recurrence.rule"],
    ["FREQ=DAILY;COUNT=201", undefined, "too_many_occurrences", "body.recurrence.rule"],
    ["FREQ=WEEKLY", "2031-01-01", "too_many_occurrences", "body.recurrence.rule"],
    ["FREQ=MONTHLY", "2031-01-01", "recurrence_too_long", "body.recurrence.rule"],
    ["FREQ=WEEKLY;BYDAY=FR;COUNT=3", undefined, "start_not_in_rule", "body.start"],
    ["FREQ=WEEKLY;UNTIL=20261231", undefined, "recurrence_empty", "body.recurrence.rule"],
    ["FREQ=MONTHLY;UNTIL=20270230", undefined, "invalid_recurrence", "body.recurrence.rule"],
  ])("refuses %s (until %s) with %s at %s", (rule, until, code, path) => {
    expect(refusal(() => normaliseRule(rule, until, "2027-01-14T10:00", "Europe/Berlin"))).toEqual({ status: 422, code, path });
  });

  it("knows zones that calendars can be told about, and no others", () => {
    expect(isKnownZone("Europe/Berlin")).toBe(true);
    expect(isKnownZone("UTC")).toBe(true);
    expect(isKnownZone("Mars/Olympus_Mons")).toBe(false);
    expect(isKnownZone("+02:00")).toBe(false);
  });
});
