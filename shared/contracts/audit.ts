import { z } from "zod";
import { IdSchema, IsoDateSchema, PageQuerySchema, pageOf } from "./common.ts";

export const AuditActionSchema = z.enum(["create", "update", "delete"]);

export const AuditEntrySchema = z.object({
  id: z.string(),
  actor: z.object({ id: z.string().nullable(), name: z.string() }),
  action: AuditActionSchema,
  recordType: z.string(),
  recordId: z.string(),
  summary: z.string(),
  before: z.record(z.string(), z.unknown()).nullable(),
  after: z.record(z.string(), z.unknown()).nullable(),
  /** Field names whose values differ between before and after. */
  changedFields: z.array(z.string()),
  at: z.string(),
});
export type AuditEntry = z.infer<typeof AuditEntrySchema>;
export const AuditPageSchema = pageOf(AuditEntrySchema);

export const AuditListQuerySchema = PageQuerySchema.extend({
  memberId: IdSchema.optional(),
  recordType: z.string().max(60).regex(/^[a-z_]+$/, "Lowercase letters and underscores.").optional(),
  recordId: IdSchema.optional(),
  action: AuditActionSchema.optional(),
  /** First and last day to include (UTC, inclusive). */
  from: IsoDateSchema.optional(),
  to: IsoDateSchema.optional(),
});
export type AuditListQuery = z.infer<typeof AuditListQuerySchema>;
