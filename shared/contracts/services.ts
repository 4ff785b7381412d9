import { z } from "zod";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { servicePolicy } from "#shared/policies/services.ts";
import { IdSchema, MemberRefSchema, PageQuerySchema, VersionSchema, pageOf, requiredText, text } from "./common.ts";

const personDays = z
  .number()
  .min(0, "Cannot be negative.")
  .max(10_000, "At most 10,000 person-days.")
  .multipleOf(0.5, "Use whole or half days.");

export const EffortSchema = z
  .strictObject({
    role: requiredText(60),
    minDays: personDays,
    maxDays: personDays,
  })
  .refine((effort) => effort.maxDays >= effort.minDays, { message: "Maximum is below minimum.", path: ["maxDays"] });

export const PhaseSchema = z.strictObject({
  name: requiredText(80),
  description: text(2000).default(""),
  efforts: z.array(EffortSchema).max(30, "At most 30 roles per phase."),
});

export const EstimationTemplateSchema = z.strictObject({
  phases: z.array(PhaseSchema).max(30, "At most 30 phases."),
});
export type EstimationTemplate = z.infer<typeof EstimationTemplateSchema>;

export const CurrencySchema = z
  .string()
  .regex(/^[A-Z]{3}$/, "Use a three-letter ISO 4217 code, e.g. EUR.");

export const RateSchema = z.strictObject({
  role: requiredText(60),
  /** Price of one person-day, in minor units of the service's currency. */
  dailyRate: z.number().int("Minor units are whole numbers.").min(0).max(100_000_000),
});
export type Rate = z.infer<typeof RateSchema>;

export const RateCardSchema = z
  .array(RateSchema)
  .max(50)
  .refine((rates) => new Set(rates.map((r) => r.role.toLowerCase())).size === rates.length, "Each role once.");

export const ServiceStatusSchema = z.enum(["active", "retired"]);

const weeks = z.number().int("Whole weeks.").min(0).max(520, "At most 520 weeks.");

// Each field without its default: an update changes only the fields it names,
// so the defaults below belong to creation alone.
const serviceFields = {
  name: requiredText(120),
  summary: text(300),
  description: text(20_000),
  durationMinWeeks: weeks.min(1, "At least 1 week."),
  durationMaxWeeks: weeks.min(1, "At least 1 week."),
  leadTimeWeeks: weeks,
  estimationTemplate: EstimationTemplateSchema,
  currency: CurrencySchema,
  rateCard: RateCardSchema,
  ownerId: IdSchema.nullable(),
  status: ServiceStatusSchema,
};

const ServiceFields = z.strictObject({
  ...serviceFields,
  summary: serviceFields.summary.default(""),
  description: serviceFields.description.default(""),
  estimationTemplate: serviceFields.estimationTemplate.default({ phases: [] }),
  currency: serviceFields.currency.default("EUR"),
  rateCard: serviceFields.rateCard.default([]),
  ownerId: serviceFields.ownerId.default(null),
  status: serviceFields.status.default("active"),
});

const durationOrder = (value: { durationMinWeeks?: number; durationMaxWeeks?: number }) =>
  value.durationMinWeeks === undefined ||
  value.durationMaxWeeks === undefined ||
  value.durationMaxWeeks >= value.durationMinWeeks;
const durationIssue = { message: "Longest duration is below the shortest.", path: ["durationMaxWeeks"] };

export const CreateServiceSchema = ServiceFields.refine(durationOrder, durationIssue);
export type CreateServiceInput = z.input<typeof CreateServiceSchema>;
/** A create request after parsing: defaults filled in. */
export type CreateServiceData = z.infer<typeof CreateServiceSchema>;

export const UpdateServiceSchema = z
  .strictObject(serviceFields)
  .partial()
  .extend({ version: VersionSchema })
  .refine(durationOrder, durationIssue);
export type UpdateServiceInput = z.infer<typeof UpdateServiceSchema>;

export const RangeSchema = z.object({ min: z.number(), max: z.number() });

export const ServiceTotalsSchema = z.object({
  effortDays: RangeSchema,
  /** In minor units of the currency. */
  price: RangeSchema,
  currency: z.string(),
  phases: z.array(z.object({ name: z.string(), effortDays: RangeSchema, price: RangeSchema })),
  /** Roles used in the template without a rate: their days are not priced. */
  unpricedRoles: z.array(z.string()),
});
export type ServiceTotals = z.infer<typeof ServiceTotalsSchema>;

/** A service as the audit log and events record it. */
export const ServiceRecordSchema = z.object({
  id: z.string(),
  name: z.string(),
  summary: z.string(),
  description: z.string(),
  /** The description rendered from Markdown and sanitized. */
  descriptionHtml: z.string(),
  durationMinWeeks: z.number(),
  durationMaxWeeks: z.number(),
  leadTimeWeeks: z.number(),
  estimationTemplate: EstimationTemplateSchema,
  currency: z.string(),
  rateCard: z.array(RateSchema),
  owner: MemberRefSchema.nullable(),
  status: ServiceStatusSchema,
  totals: ServiceTotalsSchema,
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type ServiceRecord = z.infer<typeof ServiceRecordSchema>;

/** A service as the API answers it: with what the caller may do with it. */
export const ServiceSchema = ServiceRecordSchema.extend({ permissions: permissionsSchema(servicePolicy) });
export type Service = z.infer<typeof ServiceSchema>;

/** A list row: what the catalog table shows, without the description and the template itself. */
export const ServiceSummarySchema = ServiceSchema.omit({
  description: true,
  descriptionHtml: true,
  estimationTemplate: true,
  rateCard: true,
}).extend({
  totals: ServiceTotalsSchema.pick({ effortDays: true, price: true, currency: true }),
});
export type ServiceSummary = z.infer<typeof ServiceSummarySchema>;
export const ServicePageSchema = pageOf(ServiceSummarySchema);

export const ServiceListQuerySchema = PageQuerySchema.extend({
  q: text(100).optional(),
  status: ServiceStatusSchema.optional(),
  ownerId: IdSchema.optional(),
  sort: z.enum(["name", "-name", "createdAt", "-createdAt"]).default("name"),
});
export type ServiceListQuery = z.infer<typeof ServiceListQuerySchema>;
