import type { Webhook, WebhookDelivery, WebhookRecord } from "#shared/contracts/webhooks.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import { webhookPolicy } from "#shared/policies/webhooks.ts";
import type { DeliveryRow, WebhookRow } from "./webhooks.repository.ts";

/** A webhook as the audit log keeps it. */
export function webhookRecord(row: WebhookRow): WebhookRecord {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: JSON.parse(row.event_types) as Webhook["eventTypes"],
    active: row.status === "active",
    secretHint: `…${row.secret.slice(-4)}`,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** A webhook as the caller sees it: the record and what they may do with it. */
export function presentWebhook(row: WebhookRow, actor: PolicyActor): Webhook {
  return { ...webhookRecord(row), permissions: permissionsOf(webhookPolicy, actor, null) };
}

export function presentDelivery(row: DeliveryRow): WebhookDelivery {
  return {
    id: row.id,
    webhookId: row.webhook_id,
    eventId: row.event_id,
    eventType: row.event_type,
    attempt: row.attempt,
    status: row.status,
    responseStatus: row.response_status,
    latencyMs: row.latency_ms,
    responseExcerpt: row.response_excerpt,
    createdAt: row.created_at,
  };
}
