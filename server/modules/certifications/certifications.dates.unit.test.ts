import { describe, expect, it } from "vitest";
import { daysFrom, todayOf } from "#server/kernel/calendar.ts";
import { certificationState, dueReminder, expiryOf } from "./certifications.dates.ts";

describe("certification dates", () => {
  it("expires the earned date plus the validity, clamped to the month's end, never the same day", () => {
    expect(expiryOf("2026-03-15", 12)).toBe("2027-03-15");
    expect(expiryOf("2026-01-31", 1)).toBe("2026-02-28");
    expect(expiryOf("2028-01-31", 1)).toBe("2028-02-29");
    // Leap day: twelve months later there is no 29 February.
    expect(expiryOf("2028-02-29", 12)).toBe("2029-02-28");
    expect(expiryOf("2028-02-29", 48)).toBe("2032-02-29");
    expect(expiryOf("2026-12-31", 2)).toBe("2027-02-28");
    expect(() => expiryOf("2026-03-15", 0)).toThrow(RangeError);
  });

  it("moves from certified to expiring to expired as the days pass (a fake clock: today is a parameter)", () => {
    const held = { expiresOn: "2027-03-15" };
    const on = (today: string) => certificationState(held, today, 30);
    expect(on("2026-03-15")).toEqual({ state: "certified", daysLeft: 365 });
    expect(on("2027-02-12")).toEqual({ state: "certified", daysLeft: 31 });
    expect(on("2027-02-13")).toEqual({ state: "expiring", daysLeft: 30 });
    expect(on("2027-03-14")).toEqual({ state: "expiring", daysLeft: 1 });
    // The expiry day itself no longer counts.
    expect(on("2027-03-15")).toEqual({ state: "expired", daysLeft: 0 });
    expect(on("2027-04-01")).toEqual({ state: "expired", daysLeft: -17 });
    expect(certificationState(held, "2027-03-01", 7).state).toBe("certified");
    expect(certificationState(null, "2027-03-01", 30)).toEqual({ state: "missing", daysLeft: null });
  });

  it("counts days across a leap year and a daylight-saving change the same", () => {
    expect(daysFrom("2028-02-28", "2028-03-01")).toBe(2);
    expect(daysFrom("2027-02-28", "2027-03-01")).toBe(1);
    // Dates are UTC calendar days: the night Europe springs forward is still one day.
    expect(daysFrom("2027-03-27", "2027-03-29")).toBe(2);
    expect(todayOf("2027-03-28T23:30:00.000Z")).toBe("2027-03-28");
  });

  it("sends the reminders at 30, 7 and 0 days, each once, and only the most urgent after a gap", () => {
    const expiresOn = "2027-03-15";
    expect(dueReminder(expiresOn, "2027-02-12", new Set())).toBeNull();
    expect(dueReminder(expiresOn, "2027-02-13", new Set())).toEqual({ days: 30, covers: [30] });
    expect(dueReminder(expiresOn, "2027-02-20", new Set([30]))).toBeNull();
    expect(dueReminder(expiresOn, "2027-03-08", new Set([30]))).toEqual({ days: 7, covers: [7] });
    expect(dueReminder(expiresOn, "2027-03-15", new Set([30, 7]))).toEqual({ days: 0, covers: [0] });
    expect(dueReminder(expiresOn, "2027-03-16", new Set([30, 7, 0]))).toBeNull();
    // The job missed a month: one reminder, the expiry one, and the others are passed over.
    expect(dueReminder(expiresOn, "2027-03-20", new Set())).toEqual({ days: 0, covers: [30, 7, 0] });
  });
});
