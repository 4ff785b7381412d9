import { describe, expect, it } from "vitest";
import { computeTotals } from "#shared/catalog/totals.ts";
import { CreateServiceSchema } from "#shared/contracts/services.ts";
import { DEMO_SERVICES } from "./catalog.ts";

describe("demo catalog", () => {
  it.each(DEMO_SERVICES.map((service) => [service.name, service] as const))(
    "%s is a valid service with every role priced",
    (_name, service) => {
      const parsed = CreateServiceSchema.parse(service);
      expect(parsed.estimationTemplate.phases.length).toBeGreaterThanOrEqual(3);
      expect(parsed.estimationTemplate.phases.length).toBeLessThanOrEqual(5);
      expect(parsed.currency).toBe("EUR");
      const totals = computeTotals(parsed.estimationTemplate, parsed.rateCard, parsed.currency);
      expect(totals.unpricedRoles).toEqual([]);
      expect(totals.price.min).toBeGreaterThan(0);
      expect(totals.price.max).toBeGreaterThan(totals.price.min);
    },
  );

  it("has Cloud migration as the PMO defines it in journey 1", () => {
    expect(DEMO_SERVICES.find((service) => service.name === "Cloud migration")).toMatchObject({
      durationMinWeeks: 6,
      durationMaxWeeks: 16,
      leadTimeWeeks: 4,
    });
    expect(new Set(DEMO_SERVICES.map((service) => service.name.toLowerCase())).size).toBe(DEMO_SERVICES.length);
  });
});
