import { describe, expect, it } from "vitest";
import { CronError, nextRunAfter, validateCron } from "./cron.ts";

const next = (cron: string, from: string) => nextRunAfter(cron, new Date(from)).toISOString();

describe("cron next run (UTC)", () => {
  it("finds the next minute, hour and day", () => {
    expect(next("*/15 * * * *", "2026-11-25T10:07:30.000Z")).toBe("2026-11-25T10:15:00.000Z");
    expect(next("0 * * * *", "2026-11-25T10:00:00.000Z")).toBe("2026-11-25T11:00:00.000Z");
    expect(next("17 3 * * *", "2026-11-25T03:17:00.001Z")).toBe("2026-11-26T03:17:00.000Z");
    expect(next("@daily", "2026-11-25T10:00:00.000Z")).toBe("2026-11-26T00:00:00.000Z");
  });

  it("crosses month and year ends", () => {
    expect(next("0 0 1 * *", "2026-01-31T10:00:00.000Z")).toBe("2026-02-01T00:00:00.000Z");
    expect(next("*/15 * * * *", "2026-12-31T23:50:00.000Z")).toBe("2027-01-01T00:00:00.000Z");
    // The 31st skips the months that have none.
    expect(next("0 9 31 * *", "2026-02-01T00:00:00.000Z")).toBe("2026-03-31T09:00:00.000Z");
    expect(next("0 9 31 * *", "2026-03-31T09:00:00.000Z")).toBe("2026-05-31T09:00:00.000Z");
    // 29 February: the next leap year.
    expect(next("0 0 29 2 *", "2026-03-01T00:00:00.000Z")).toBe("2028-02-29T00:00:00.000Z");
  });

  it("reads weekdays, names and lists", () => {
    // 2026-11-27 is a Friday.
    expect(next("0 9 * * MON-FRI", "2026-11-27T09:00:00.000Z")).toBe("2026-11-30T09:00:00.000Z");
    expect(next("30 8,17 * * *", "2026-11-25T09:00:00.000Z")).toBe("2026-11-25T17:30:00.000Z");
  });

  it("refuses what is not a cron expression, saying why", () => {
    for (const bad of ["", "* * *", "every day", "61 * * * *", "0 0 30 2 *", "0 0 * * * * *", "@sometimes"]) {
      expect(() => validateCron(bad), JSON.stringify(bad)).toThrow(CronError);
    }
    expect(() => validateCron("61 * * * *")).toThrow(/"61 \* \* \* \*" is not a valid cron expression: .*59/);
    expect(() => validateCron("* * *")).toThrow(/give 5 fields/);
    expect(validateCron("  0 3 * * *  ")).toBe("0 3 * * *");
  });
});
