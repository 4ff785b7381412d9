import { z } from "zod";
import { IdSchema, PageQuerySchema, VersionSchema, pageOf, text } from "./common.ts";
import { EVENT_TYPES } from "./events.ts";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { webhookPolicy } from "#shared/policies/webhooks.ts";

/** The events a webhook can subscribe to (every domain event); "*" is all of them. */
export const WEBHOOK_EVENT_TYPES = EVENT_TYPES;
export const WebhookEventTypeSchema = z.enum(["*", ...EVENT_TYPES]);

const WebhookUrlSchema = z
  .string()
  .trim()
  .max(2000, "At most 2,000 characters.")
  .pipe(z.url({ protocol: /^https?$/, error: "Use an http:// or https:// URL." }))
  // Credentials in a URL end up in logs and error messages; receivers check the signature instead.
  .refine((url) => {
    const parsed = URL.parse(url);
    return !parsed || (parsed.username === "" && parsed.password === "");
  }, "Put no user name or password in the URL: receivers check the Tandem-Signature header instead.");

const EventTypesSchema = z
  .array(WebhookEventTypeSchema)
  .min(1, "Choose at least one event.")
  .refine((types) => new Set(types).size === types.length, "Each event once.");

export const CreateWebhookSchema = z.strictObject({
  url: WebhookUrlSchema,
  description: text(200).default(""),
  eventTypes: EventTypesSchema,
  active: z.boolean().default(true),
});
export type CreateWebhookInput = z.input<typeof CreateWebhookSchema>;

export const UpdateWebhookSchema = z.strictObject({
  version: VersionSchema,
  url: WebhookUrlSchema.optional(),
  description: text(200).optional(),
  eventTypes: EventTypesSchema.optional(),
  active: z.boolean().optional(),
});
export type UpdateWebhookInput = z.infer<typeof UpdateWebhookSchema>;

/** A webhook as the audit log keeps it; answers add the caller's `permissions`. */
export const WebhookRecordSchema = z.object({
  id: z.string(),
  url: z.string(),
  description: z.string(),
  eventTypes: z.array(WebhookEventTypeSchema),
  active: z.boolean(),
  /** The last characters of the signing secret, so people can tell secrets apart. */
  secretHint: z.string(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type WebhookRecord = z.infer<typeof WebhookRecordSchema>;
export const WebhookSchema = WebhookRecordSchema.extend({ permissions: permissionsSchema(webhookPolicy) });
export type Webhook = z.infer<typeof WebhookSchema>;
export const WebhookPageSchema = pageOf(WebhookSchema);
export const WebhookListQuerySchema = PageQuerySchema;

/** The signing secret is shown when the webhook is made and when it is rotated. */
export const WebhookWithSecretSchema = WebhookSchema.extend({ secret: z.string() });

export const DeliveryStatusSchema = z.enum(["pending", "succeeded", "failed"]);

export const WebhookDeliverySchema = z.object({
  id: z.string(),
  webhookId: z.string(),
  eventId: z.string(),
  eventType: z.string(),
  attempt: z.number(),
  status: DeliveryStatusSchema,
  responseStatus: z.number().nullable(),
  latencyMs: z.number().nullable(),
  responseExcerpt: z.string(),
  createdAt: z.string(),
});
export type WebhookDelivery = z.infer<typeof WebhookDeliverySchema>;
export const WebhookDeliveryPageSchema = pageOf(WebhookDeliverySchema);
export const WebhookDeliveryListQuerySchema = PageQuerySchema.extend({ status: DeliveryStatusSchema.optional() });
export const DeliveryParamsSchema = z.strictObject({ id: IdSchema, deliveryId: IdSchema });
