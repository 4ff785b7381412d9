import { formatMoney } from "#shared/catalog/totals.ts";

const ISO_CURRENCY = /^[A-Z]{3}$/;

/** Digits after the decimal point in `currency` (EUR 2, JPY 0); 2 while the code is still being typed. */
export function currencyExponent(currency: string): number {
  if (!ISO_CURRENCY.test(currency)) return 2;
  try {
    return new Intl.NumberFormat("en", { style: "currency", currency }).resolvedOptions().maximumFractionDigits ?? 2;
  } catch {
    return 2;
  }
}

export const toMinorUnits = (major: number, currency: string) => Math.round(major * 10 ** currencyExponent(currency));
export const toMajorUnits = (minor: number, currency: string) => minor / 10 ** currencyExponent(currency);

/** formatMoney, but a half-typed currency code shows plain numbers instead of throwing. */
export function money(minor: number, currency: string): string {
  if (ISO_CURRENCY.test(currency)) {
    try {
      return formatMoney(minor, currency);
    } catch {
      // Fall through to the plain rendering.
    }
  }
  return `${toMajorUnits(minor, currency).toLocaleString("en")} ${currency}`.trim();
}

export function moneyRange(range: { min: number; max: number }, currency: string): string {
  return range.min === range.max ? money(range.min, currency) : `${money(range.min, currency)}–${money(range.max, currency)}`;
}

export function daysRange(range: { min: number; max: number }): string {
  const days = (n: number) => n.toLocaleString("en", { maximumFractionDigits: 1 });
  if (range.min === range.max) return `${days(range.min)} ${range.min === 1 ? "day" : "days"}`;
  return `${days(range.min)}–${days(range.max)} days`;
}
