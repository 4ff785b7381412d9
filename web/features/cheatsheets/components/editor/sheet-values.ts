import { CHEATSHEET_TEMPLATE, DEFAULT_VERIFICATION_DAYS, type CheatSheet } from "#shared/contracts/cheatsheets.ts";

/** What the editor holds: the fields of a sheet as its inputs show them. */
export interface SheetValues {
  title: string;
  pitch: string;
  body: string;
  tags: string[];
  serviceIds: string[];
  termIds: string[];
  ownerId: string | null;
  verificationIntervalDays: number | string;
}

export type Option = { value: string; label: string };

export function emptyValues(ownerId: string | null): SheetValues {
  return {
    title: "",
    pitch: "",
    body: CHEATSHEET_TEMPLATE,
    tags: [],
    serviceIds: [],
    termIds: [],
    ownerId,
    verificationIntervalDays: DEFAULT_VERIFICATION_DAYS,
  };
}

/** The working copy when there is one: editing a published sheet continues its draft. */
export function valuesOf(sheet: CheatSheet): SheetValues {
  const content = sheet.draft ?? sheet.published;
  return {
    title: content?.title ?? sheet.title,
    pitch: content?.pitch ?? sheet.pitch,
    body: content?.body ?? "",
    tags: content?.tags ?? sheet.tags,
    serviceIds: content?.services.map((service) => service.id) ?? [],
    termIds: content?.terms.map((term) => term.id) ?? [],
    ownerId: sheet.owner?.id ?? null,
    verificationIntervalDays: sheet.verificationIntervalDays,
  };
}

/** The input the contract validates: an emptied number stays empty, so the schema names it. */
export function inputOf(values: SheetValues) {
  return {
    ...values,
    verificationIntervalDays: values.verificationIntervalDays === "" ? undefined : Number(values.verificationIntervalDays),
  };
}

/** The fields whose values differ from what was loaded: the audit log then names only those. */
export function changedFields(values: SheetValues, loaded: SheetValues): Partial<ReturnType<typeof inputOf>> {
  const now = inputOf(values);
  const before: Record<string, unknown> = inputOf(loaded);
  return Object.fromEntries(Object.entries(now).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(before[key])));
}

/** Choices for a multi-select, keeping those a sheet already has even when the list no longer offers them. */
export function withKnown(options: Option[], known: Option[]): Option[] {
  const ids = new Set(options.map((option) => option.value));
  return [...options, ...known.filter((option) => !ids.has(option.value))];
}
