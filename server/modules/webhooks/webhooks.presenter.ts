import type { Webhook, WebhookDelivery } from "#shared/contracts/webhooks.ts";
import type { DeliveryRow, WebhookRow } from "./webhooks.repository.ts";

export function presentWebhook(row: WebhookRow): Webhook {
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
