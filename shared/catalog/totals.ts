import type { EstimationTemplate, Rate, ServiceTotals } from "#shared/contracts/services.ts";

/**
 * Effort and price ranges of a service, computed from its estimation template
 * and rate card. Shared so the editor shows the same totals the API returns.
 */
export function computeTotals(template: EstimationTemplate, rateCard: Rate[], currency: string): ServiceTotals {
  const rates = new Map(rateCard.map((rate) => [rate.role.trim().toLowerCase(), rate.dailyRate]));
  const unpriced = new Set<string>();

  const phases = template.phases.map((phase) => {
    const totals = { name: phase.name, effortDays: { min: 0, max: 0 }, price: { min: 0, max: 0 } };
    for (const effort of phase.efforts) {
      totals.effortDays.min += effort.minDays;
      totals.effortDays.max += effort.maxDays;
      const rate = rates.get(effort.role.trim().toLowerCase());
      if (rate === undefined) {
        unpriced.add(effort.role);
        continue;
      }
      totals.price.min += Math.round(effort.minDays * rate);
      totals.price.max += Math.round(effort.maxDays * rate);
    }
    return totals;
  });

  const sum = (pick: (p: (typeof phases)[number]) => { min: number; max: number }) => ({
    min: phases.reduce((total, p) => total + pick(p).min, 0),
    max: phases.reduce((total, p) => total + pick(p).max, 0),
  });

  return {
    effortDays: sum((p) => p.effortDays),
    price: sum((p) => p.price),
    currency,
    phases,
    unpricedRoles: [...unpriced],
  };
}

/** Formats minor units for people, e.g. 1234500 EUR → "€12,345". */
export function formatMoney(minor: number, currency: string, locale = "en"): string {
  const exponent = new Intl.NumberFormat(locale, { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat(locale, { style: "currency", currency, maximumFractionDigits: 0 }).format(
    minor / 10 ** exponent,
  );
}
