import { z } from "zod";
import { certificationPolicy, requirementPolicy } from "#shared/policies/certifications.ts";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { IdSchema, MemberRefSchema, PageQuerySchema, VersionSchema, pageOf } from "./common.ts";

export const CERTIFICATION_STATES = ["certified", "expiring", "expired", "missing"] as const;
export const CertificationStateSchema = z.enum(CERTIFICATION_STATES);

const RefSchema = z.object({ id: z.string(), name: z.string() });

export const PutRequirementSchema = z.strictObject({
  /** A certification holds this many months from the day it is earned. */
  validityMonths: z.number().int("Use whole months.").min(1, "At least 1 month.").max(60, "At most 60 months.").default(12),
  /** Also needs a session linked to the service attended in the last N months; null: the quiz alone. */
  attendanceMonths: z.number().int("Use whole months.").min(1, "At least 1 month.").max(36, "At most 36 months.").nullable().default(null),
  /** The version you read; leave it out to create the requirement. */
  version: VersionSchema.optional(),
});
export type PutRequirementInput = z.infer<typeof PutRequirementSchema>;

/** A service's certification requirement, as the audit log records it. Passing the service's quiz (GET /quizzes?serviceId=) earns it. */
export const RequirementRecordSchema = z.object({
  service: RefSchema,
  validityMonths: z.number(),
  attendanceMonths: z.number().nullable(),
  version: z.number(),
  updatedAt: z.string(),
});
export type RequirementRecord = z.infer<typeof RequirementRecordSchema>;
export const RequirementSchema = RequirementRecordSchema.extend({ permissions: permissionsSchema(requirementPolicy) });
export type Requirement = z.infer<typeof RequirementSchema>;

/** One earning of a certification, as events and the audit log carry it. */
export const CertificationRecordSchema = z.object({
  id: z.string(),
  member: MemberRefSchema,
  service: RefSchema,
  /** 1 for the first earning; each renewal adds one. */
  number: z.number(),
  earnedAt: z.string(),
  /** Calendar dates (UTC). On `expiresOn` it no longer holds. */
  earnedOn: z.string(),
  expiresOn: z.string(),
  validityMonths: z.number(),
});
export type CertificationRecord = z.infer<typeof CertificationRecordSchema>;

export const CertificationSchema = CertificationRecordSchema.extend({
  state: CertificationStateSchema.exclude(["missing"]),
  /** 0 on the expiry day, negative after. */
  daysLeft: z.number(),
  /** False for an earning a renewal replaced. */
  current: z.boolean(),
  permissions: permissionsSchema(certificationPolicy),
});
export type Certification = z.infer<typeof CertificationSchema>;
export const CertificationPageSchema = pageOf(CertificationSchema);

export const CertificationListQuerySchema = PageQuerySchema.extend({
  memberId: IdSchema.optional(),
  serviceId: IdSchema.optional(),
  state: CertificationStateSchema.exclude(["missing"]).optional(),
  /** Also the earnings renewals replaced. */
  history: z.enum(["true", "false"]).transform((value) => value === "true").default(false),
});
export type CertificationListQuery = z.infer<typeof CertificationListQuerySchema>;
