import ipaddr from "ipaddr.js";
import type { RequestContext } from "#server/kernel/context.ts";
import { badRequest, notFound, staleVersion } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { isPublicAddress } from "#server/kernel/outbound/safe-target.ts";
import { newWebhookSecret } from "#server/kernel/outbound/signature.ts";
import { toPage } from "#server/kernel/pagination.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { webhookPolicy } from "#shared/policies/webhooks.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import { readSettings } from "#server/modules/settings/settings.service.ts";
import type { Page } from "#shared/contracts/common.ts";
import type { CreateWebhookInput, UpdateWebhookInput, Webhook, WebhookDelivery } from "#shared/contracts/webhooks.ts";
import { queueRedelivery } from "./webhooks.dispatch.ts";
import { presentDelivery, presentWebhook, webhookRecord } from "./webhooks.presenter.ts";
import * as repo from "./webhooks.repository.ts";

/**
 * Refuses at once what would be refused at every delivery: an address that
 * is plainly private (an IP literal or localhost) while the workspace does
 * not allow private targets. Names are checked again when connecting.
 */
async function checkTarget(ctx: RequestContext, url: string): Promise<void> {
  const { allowPrivateWebhookTargets } = await readSettings(ctx.db, ctx.workspaceId);
  if (allowPrivateWebhookTargets) return;
  const host = new URL(url).hostname.replace(/^\[|\]$/g, "");
  const plainlyPrivate = host === "localhost" || host.endsWith(".localhost") || (ipaddr.isValid(host) && !isPublicAddress(host));
  if (plainlyPrivate) {
    const message = "Private and loopback addresses are refused; an admin can allow them in the workspace settings.";
    throw badRequest("validation_failed", message, [{ path: "body.url", message }]);
  }
}

async function mustFind(ctx: RequestContext, id: string) {
  const row = await repo.findWebhook(ctx.db, ctx.workspaceId, id);
  if (!row) throw notFound("webhook");
  return row;
}

export async function listWebhooks(ctx: RequestContext, page: { cursor?: string; limit: number }): Promise<Page<Webhook>> {
  const rows = await repo.listWebhooks(ctx.db, ctx.workspaceId, page);
  return toPage(rows, page.limit, (row) => [row.created_at, row.id], (row) => presentWebhook(row, ctx.actor));
}

export async function getWebhook(ctx: RequestContext, id: string): Promise<Webhook> {
  return presentWebhook(await mustFind(ctx, id), ctx.actor);
}

export async function createWebhook(ctx: RequestContext, input: Required<CreateWebhookInput>) {
  await checkTarget(ctx, input.url);
  return ctx.db.transaction().execute(async (trx) => {
    const at = now();
    const row = {
      id: newId(),
      workspace_id: ctx.workspaceId,
      url: input.url,
      description: input.description,
      event_types: JSON.stringify(input.eventTypes),
      secret: newWebhookSecret(),
      status: input.active ? ("active" as const) : ("paused" as const),
      version: 1,
      created_at: at,
      updated_at: at,
    };
    await repo.insertWebhook(trx, row);
    await writeAudit(trx, ctx.actor, { action: "create", recordType: "webhook", recordId: row.id, summary: `Webhook to ${input.url}`, after: webhookRecord(row) });
    return { ...presentWebhook(row, ctx.actor), secret: row.secret };
  });
}

export async function updateWebhook(ctx: RequestContext, id: string, input: UpdateWebhookInput): Promise<Webhook> {
  enforce(webhookPolicy.update(ctx.actor));
  if (input.url) await checkTarget(ctx, input.url);
  return ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findWebhook(trx, ctx.workspaceId, id);
    if (!current) throw notFound("webhook");
    const updated = await repo.updateWebhook(trx, ctx.workspaceId, id, input.version, {
      ...(input.url !== undefined ? { url: input.url } : {}),
      ...(input.description !== undefined ? { description: input.description } : {}),
      ...(input.eventTypes !== undefined ? { event_types: JSON.stringify(input.eventTypes) } : {}),
      ...(input.active !== undefined ? { status: input.active ? ("active" as const) : ("paused" as const) } : {}),
      updated_at: now(),
    });
    if (!updated) throw staleVersion("webhook");
    const afterRow = (await repo.findWebhook(trx, ctx.workspaceId, id))!;
    const after = webhookRecord(afterRow);
    const before = webhookRecord(current);
    await writeAudit(trx, ctx.actor, { action: "update", recordType: "webhook", recordId: id, summary: `Webhook to ${after.url}`, before, after });
    return presentWebhook(afterRow, ctx.actor);
  });
}

/** A new signing secret, shown once; the old one stops signing at once. */
export async function rotateSecret(ctx: RequestContext, id: string) {
  enforce(webhookPolicy.rotateSecret(ctx.actor));
  return ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findWebhook(trx, ctx.workspaceId, id);
    if (!current) throw notFound("webhook");
    const secret = newWebhookSecret();
    await repo.updateWebhook(trx, ctx.workspaceId, id, current.version, { secret, updated_at: now() });
    const afterRow = (await repo.findWebhook(trx, ctx.workspaceId, id))!;
    const after = webhookRecord(afterRow);
    await writeAudit(trx, ctx.actor, {
      action: "update",
      recordType: "webhook",
      recordId: id,
      summary: `Webhook to ${after.url}: signing secret rotated`,
      before: webhookRecord(current),
      after,
    });
    return { ...presentWebhook(afterRow, ctx.actor), secret };
  });
}

export async function deleteWebhook(ctx: RequestContext, id: string): Promise<void> {
  enforce(webhookPolicy.delete(ctx.actor));
  await ctx.db.transaction().execute(async (trx) => {
    const current = await repo.findWebhook(trx, ctx.workspaceId, id);
    if (!current) throw notFound("webhook");
    await repo.deleteWebhook(trx, ctx.workspaceId, id);
    const before = webhookRecord(current);
    await writeAudit(trx, ctx.actor, { action: "delete", recordType: "webhook", recordId: id, summary: `Webhook to ${before.url}`, before });
  });
}

export async function listDeliveries(
  ctx: RequestContext,
  webhookId: string,
  query: { status?: WebhookDelivery["status"]; cursor?: string; limit: number },
): Promise<Page<WebhookDelivery>> {
  await mustFind(ctx, webhookId);
  const rows = await repo.listDeliveries(ctx.db, ctx.workspaceId, webhookId, query);
  return toPage(rows, query.limit, (row) => [row.created_at, row.id], presentDelivery);
}

/** Sends the delivery's event to the webhook again, as a new job; answers the job's id. */
export async function redeliver(ctx: RequestContext, webhookId: string, deliveryId: string): Promise<{ jobId: string }> {
  await mustFind(ctx, webhookId);
  const delivery = await repo.findDelivery(ctx.db, ctx.workspaceId, webhookId, deliveryId);
  if (!delivery) throw notFound("delivery");
  return ctx.db.transaction().execute(async (trx) => {
    const jobId = await queueRedelivery(trx, ctx.workspaceId, webhookId, delivery.event_id);
    await writeAudit(trx, ctx.actor, {
      action: "create",
      recordType: "webhook_redelivery",
      recordId: jobId,
      summary: `Redelivery of ${delivery.event_type} to webhook ${webhookId}`,
      after: { webhookId, eventId: delivery.event_id, fromDelivery: deliveryId },
    });
    return { jobId };
  });
}
