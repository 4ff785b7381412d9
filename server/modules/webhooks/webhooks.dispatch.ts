import { z } from "zod";
import type { Executor } from "#server/kernel/db/database.ts";
import { onEvent, presentEvent } from "#server/kernel/events/events.ts";
import { findEvent } from "#server/kernel/events/events.repository.ts";
import { newId, now } from "#server/kernel/ids.ts";
import type { JobHandler } from "#server/kernel/jobs/handler.ts";
import { enqueueJob } from "#server/kernel/jobs/queue.ts";
import { deliverWebhook } from "#server/kernel/outbound/deliver.ts";
import { readSettings } from "#server/modules/settings/settings.service.ts";
import * as repo from "./webhooks.repository.ts";

export const WEBHOOK_DELIVER_JOB = "webhook.deliver";
/** With the jobs' doubling back-off: retries over about ten minutes before the delivery is dead. */
const MAX_ATTEMPTS = 6;

export class DeliveryFailed extends Error {}

/** Queues one delivery per subscribed webhook; the key makes a repeated dispatch queue nothing new. */
export async function queueWebhookDeliveries(db: Executor, event: { id: string; type: string; workspaceId: string }): Promise<void> {
  for (const webhook of await repo.listSubscribers(db, event.workspaceId, event.type)) {
    await enqueueJob(db, {
      kind: WEBHOOK_DELIVER_JOB,
      payload: { webhookId: webhook.id, eventId: event.id },
      workspaceId: event.workspaceId,
      uniqueKey: `${WEBHOOK_DELIVER_JOB}:${webhook.id}:${event.id}`,
      maxAttempts: MAX_ATTEMPTS,
    });
  }
}

/** Manual redelivery from the log: a new job for the same event, whatever became of the first. */
export async function queueRedelivery(db: Executor, workspaceId: string, webhookId: string, eventId: string): Promise<string> {
  return enqueueJob(db, {
    kind: WEBHOOK_DELIVER_JOB,
    payload: { webhookId, eventId },
    workspaceId,
    uniqueKey: `${WEBHOOK_DELIVER_JOB}:${webhookId}:${eventId}:manual:${newId()}`,
    maxAttempts: MAX_ATTEMPTS,
  });
}

onEvent("*", (event, { db }) => queueWebhookDeliveries(db, event));

const DeliverPayloadSchema = z.object({ webhookId: z.string(), eventId: z.string() });

/**
 * One attempt: POST the event, log the attempt, and fail the job on anything
 * but a 2xx so the queue retries it with back-off. A webhook deleted or
 * paused since the event is skipped. The `Tandem-Delivery` header is the
 * job's id, the same on every retry, so receivers can drop repeats.
 */
export const webhookDeliverHandler: JobHandler = async (payload, { db, job }) => {
  const { webhookId, eventId } = DeliverPayloadSchema.parse(payload);
  const workspaceId = job.workspaceId ?? "";
  const webhook = await repo.findWebhook(db, workspaceId, webhookId);
  const eventRow = await findEvent(db, eventId);
  if (!webhook || webhook.status !== "active" || !eventRow || eventRow.workspace_id !== workspaceId) return;
  const event = presentEvent(eventRow);
  const { allowPrivateWebhookTargets } = await readSettings(db, workspaceId);

  const result = await deliverWebhook({
    url: webhook.url,
    secret: webhook.secret,
    eventType: event.type,
    deliveryId: job.id,
    body: JSON.stringify({ id: event.id, type: event.type, occurredAt: event.occurredAt, workspaceId, data: event.payload }),
    allowPrivateTargets: allowPrivateWebhookTargets,
  });
  await repo.insertDelivery(db, {
    id: newId(),
    workspace_id: workspaceId,
    webhook_id: webhookId,
    event_id: eventId,
    event_type: event.type,
    attempt: job.attempt,
    status: result.ok ? "succeeded" : "failed",
    response_status: result.status,
    latency_ms: result.latencyMs,
    response_excerpt: result.excerpt,
    created_at: now(),
  });
  if (!result.ok) throw new DeliveryFailed(`Delivery to ${webhook.url} failed: ${result.status ?? result.excerpt}`);
};
