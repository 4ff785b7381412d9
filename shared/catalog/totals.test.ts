import { describe, expect, it } from "vitest";
import { computeTotals, formatMoney } from "./totals.ts";

const effort = (role: string, minDays: number, maxDays: number) => ({ role, minDays, maxDays });

describe("computeTotals", () => {
  it("sums effort and price per phase and overall", () => {
    const totals = computeTotals(
      {
        phases: [
          { name: "Discovery", description: "", efforts: [effort("Project manager", 2, 4), effort("Architect", 3, 5)] },
          { name: "Build", description: "", efforts: [effort("Engineer", 10, 20), effort("Project manager", 1, 2.5)] },
        ],
      },
      [
        { role: "Project manager", dailyRate: 110000 },
        { role: "Architect", dailyRate: 140000 },
        { role: "Engineer", dailyRate: 90000 },
      ],
      "EUR",
    );
    expect(totals).toEqual({
      effortDays: { min: 16, max: 31.5 },
      price: { min: 2 * 110000 + 3 * 140000 + 10 * 90000 + 110000, max: 4 * 110000 + 5 * 140000 + 20 * 90000 + 2.5 * 110000 },
      currency: "EUR",
      phases: [
        { name: "Discovery", effortDays: { min: 5, max: 9 }, price: { min: 640000, max: 1140000 } },
        { name: "Build", effortDays: { min: 11, max: 22.5 }, price: { min: 1010000, max: 2075000 } },
      ],
      unpricedRoles: [],
    });
  });

  it("matches roles to rates regardless of case and surrounding spaces", () => {
    const totals = computeTotals(
      { phases: [{ name: "Build", description: "", efforts: [effort(" ENGINEER ", 1, 2)] }] },
      [{ role: "engineer", dailyRate: 50000 }],
      "EUR",
    );
    expect(totals.price).toEqual({ min: 50000, max: 100000 });
    expect(totals.unpricedRoles).toEqual([]);
  });

  it("counts the days of roles without a rate but prices them at nothing, naming each once", () => {
    const totals = computeTotals(
      {
        phases: [
          { name: "A", description: "", efforts: [effort("Tester", 2, 3), effort("Engineer", 1, 1)] },
          { name: "B", description: "", efforts: [effort("Tester", 1, 1)] },
        ],
      },
      [{ role: "Engineer", dailyRate: 100000 }],
      "USD",
    );
    expect(totals.effortDays).toEqual({ min: 4, max: 5 });
    expect(totals.price).toEqual({ min: 100000, max: 100000 });
    expect(totals.unpricedRoles).toEqual(["Tester"]);
    expect(totals.currency).toBe("USD");
  });

  it("rounds half days at odd rates to whole minor units", () => {
    const totals = computeTotals(
      { phases: [{ name: "A", description: "", efforts: [effort("Engineer", 0.5, 1.5)] }] },
      [{ role: "Engineer", dailyRate: 12345 }],
      "EUR",
    );
    expect(totals.price).toEqual({ min: 6173, max: 18518 });
    expect(Number.isInteger(totals.price.min) && Number.isInteger(totals.price.max)).toBe(true);
  });

  it("gives zeros for an empty template", () => {
    expect(computeTotals({ phases: [] }, [], "EUR")).toEqual({
      effortDays: { min: 0, max: 0 },
      price: { min: 0, max: 0 },
      currency: "EUR",
      phases: [],
      unpricedRoles: [],
    });
  });
});

describe("formatMoney", () => {
  it("formats minor units with the currency's own exponent", () => {
    expect(formatMoney(1234500, "EUR")).toBe("€12,345");
    expect(formatMoney(5000, "JPY")).toBe("¥5,000");
    expect(formatMoney(0, "USD")).toBe("$0");
  });
});
