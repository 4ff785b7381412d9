import { describe, expect, it } from "vitest";
import { backoffDelayMs } from "./backoff.ts";

describe("back-off", () => {
  it("doubles from the base delay up to the cap", () => {
    const schedule = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((attempt) => backoffDelayMs(attempt, { baseMs: 1000, maxMs: 60_000 }));
    expect(schedule).toEqual([1000, 2000, 4000, 8000, 16_000, 32_000, 60_000, 60_000, 60_000, 60_000]);
  });

  it("defaults to 10 s, doubling, at most an hour", () => {
    expect(backoffDelayMs(1)).toBe(10_000);
    expect(backoffDelayMs(3)).toBe(40_000);
    expect(backoffDelayMs(50)).toBe(3_600_000);
  });

  it("treats attempt 0 and fractions like the first attempt, and takes another factor", () => {
    expect(backoffDelayMs(0, { baseMs: 500 })).toBe(500);
    expect(backoffDelayMs(2.7, { baseMs: 500, factor: 3 })).toBe(1500);
  });

  it("with jitter, draws from the upper half of the delay", () => {
    const options = { baseMs: 1000, maxMs: 60_000, jitter: true };
    expect(backoffDelayMs(3, { ...options, random: () => 0 })).toBe(2000);
    expect(backoffDelayMs(3, { ...options, random: () => 0.999_999 })).toBe(4000);
    expect(backoffDelayMs(20, { ...options, random: () => 0.5 })).toBe(45_000);
    for (let i = 0; i < 100; i++) {
      const delay = backoffDelayMs(4, { ...options, jitter: true });
      expect(delay).toBeGreaterThanOrEqual(4000);
      expect(delay).toBeLessThanOrEqual(8000);
    }
  });
});
