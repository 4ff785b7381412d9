import { z } from "zod";

/** An .eml file name in the outbox folder: no folders, nothing but letters, digits, `_`, `.` and `-`. */
export const OUTBOX_NAME_PATTERN = /^[\w.-]+\.eml$/;

export const OutboxNameParamsSchema = z.strictObject({
  name: z.string().max(255).regex(OUTBOX_NAME_PATTERN, "Not an outbox message name."),
});

export const OutboxListQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
});
export type OutboxListQuery = z.infer<typeof OutboxListQuerySchema>;

export const OutboxMessageSummarySchema = z.object({
  /** The file name, which also addresses the message. */
  name: z.string(),
  /** When it was written, ISO-8601. */
  date: z.string().nullable(),
  to: z.string(),
  subject: z.string(),
});
export type OutboxMessageSummary = z.infer<typeof OutboxMessageSummarySchema>;

export const OutboxListSchema = z.object({
  items: z.array(OutboxMessageSummarySchema),
  /** Whether older messages were left out to keep to `limit`. */
  more: z.boolean(),
});
export type OutboxList = z.infer<typeof OutboxListSchema>;

export const OutboxMessageSchema = OutboxMessageSummarySchema.extend({
  from: z.string(),
  /** The plain-text part, as written. */
  text: z.string().nullable(),
  /** The HTML part, sanitized on the server: no scripts, styles, frames, forms or event handlers. */
  html: z.string().nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;
