import type { CreateServiceInput, Service } from "#shared/contracts/services.ts";
import { toMajorUnits, toMinorUnits } from "./money.ts";

/** NumberInput hands back "" while a field is empty. */
export type NumberDraft = number | string;

export interface EffortDraft {
  key: string;
  role: string;
  minDays: NumberDraft;
  maxDays: NumberDraft;
}

export interface PhaseDraft {
  key: string;
  name: string;
  description: string;
  efforts: EffortDraft[];
}

export interface RateDraft {
  key: string;
  role: string;
  /** In major units (euros), as people think of a daily rate. */
  dailyRate: NumberDraft;
}

export interface ServiceDraft {
  name: string;
  summary: string;
  description: string;
  durationMinWeeks: NumberDraft;
  durationMaxWeeks: NumberDraft;
  leadTimeWeeks: NumberDraft;
  currency: string;
  ownerId: string | null;
  status: "active" | "retired";
  phases: PhaseDraft[];
  rates: RateDraft[];
}

let lastKey = 0;
/** Stable React keys for rows that can be added, removed and reordered. */
export const newKey = () => `row-${++lastKey}`;

export const emptyEffort = (): EffortDraft => ({ key: newKey(), role: "", minDays: "", maxDays: "" });
export const emptyPhase = (): PhaseDraft => ({ key: newKey(), name: "", description: "", efforts: [emptyEffort()] });
export const emptyRate = (): RateDraft => ({ key: newKey(), role: "", dailyRate: "" });

export function emptyDraft(): ServiceDraft {
  return {
    name: "",
    summary: "",
    description: "",
    durationMinWeeks: "",
    durationMaxWeeks: "",
    leadTimeWeeks: 0,
    currency: "EUR",
    ownerId: null,
    status: "active",
    phases: [],
    rates: [],
  };
}

export function draftOf(service: Service): ServiceDraft {
  return {
    name: service.name,
    summary: service.summary,
    description: service.description,
    durationMinWeeks: service.durationMinWeeks,
    durationMaxWeeks: service.durationMaxWeeks,
    leadTimeWeeks: service.leadTimeWeeks,
    currency: service.currency,
    ownerId: service.owner?.id ?? null,
    status: service.status,
    phases: service.estimationTemplate.phases.map((phase) => ({
      key: newKey(),
      name: phase.name,
      description: phase.description,
      efforts: phase.efforts.map((effort) => ({ key: newKey(), ...effort })),
    })),
    rates: service.rateCard.map((rate) => ({
      key: newKey(),
      role: rate.role,
      dailyRate: toMajorUnits(rate.dailyRate, service.currency),
    })),
  };
}

/** An empty input becomes undefined, which the contract reports as "Required.". */
const numberOf = (value: NumberDraft): number | undefined =>
  value === "" ? undefined : typeof value === "number" ? value : Number(value);

/** The request body, before validation with the shared contract. */
export function inputOf(draft: ServiceDraft): CreateServiceInput {
  const currency = draft.currency.trim().toUpperCase();
  return {
    name: draft.name,
    summary: draft.summary,
    description: draft.description,
    durationMinWeeks: numberOf(draft.durationMinWeeks) as number,
    durationMaxWeeks: numberOf(draft.durationMaxWeeks) as number,
    leadTimeWeeks: numberOf(draft.leadTimeWeeks) as number,
    currency,
    ownerId: draft.ownerId,
    status: draft.status,
    estimationTemplate: {
      phases: draft.phases.map((phase) => ({
        name: phase.name,
        description: phase.description,
        efforts: phase.efforts.map((effort) => ({
          role: effort.role,
          minDays: numberOf(effort.minDays) as number,
          maxDays: numberOf(effort.maxDays) as number,
        })),
      })),
    },
    rateCard: draft.rates.map((rate) => {
      const major = numberOf(rate.dailyRate);
      return { role: rate.role, dailyRate: (major === undefined ? undefined : toMinorUnits(major, currency)) as number };
    }),
  };
}

const lenient = (value: NumberDraft): number => {
  const number = numberOf(value);
  return number === undefined || Number.isNaN(number) ? 0 : number;
};

/** Totals while typing: empty numbers count as zero, so the figures move with every keystroke. */
export function totalsInputOf(draft: ServiceDraft) {
  const currency = draft.currency.trim().toUpperCase();
  return {
    template: {
      phases: draft.phases.map((phase) => ({
        name: phase.name,
        description: phase.description,
        efforts: phase.efforts.map((effort) => ({ role: effort.role, minDays: lenient(effort.minDays), maxDays: lenient(effort.maxDays) })),
      })),
    },
    rateCard: draft.rates
      .filter((rate) => rate.role.trim() !== "")
      .map((rate) => ({ role: rate.role, dailyRate: toMinorUnits(lenient(rate.dailyRate), currency) })),
    currency,
  };
}
