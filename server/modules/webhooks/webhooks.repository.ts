import type { Executor } from "#server/kernel/db/database.ts";
import type { WebhookDeliveriesTable, WebhooksTable } from "#server/kernel/db/schema.ts";
import { afterCursor, type Sort } from "#server/kernel/pagination.ts";

const NEWEST_FIRST = (column: string): Sort => ({ column, direction: "desc" });

export type WebhookRow = WebhooksTable;
export type DeliveryRow = WebhookDeliveriesTable;

export function listWebhooks(db: Executor, workspaceId: string, page: { cursor?: string; limit: number }) {
  let query = db.selectFrom("webhooks").selectAll().where("workspace_id", "=", workspaceId);
  if (page.cursor) query = query.where(afterCursor(NEWEST_FIRST("webhooks.created_at"), "webhooks.id", page.cursor));
  return query.orderBy("created_at", "desc").orderBy("id", "desc").limit(page.limit + 1).execute();
}

export function findWebhook(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom("webhooks").selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
}

/** Active webhooks of a workspace that subscribe to `eventType` (or to every event). */
export async function listSubscribers(db: Executor, workspaceId: string, eventType: string): Promise<WebhookRow[]> {
  const rows = await db
    .selectFrom("webhooks")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("status", "=", "active")
    .execute();
  return rows.filter((row) => {
    const types = JSON.parse(row.event_types) as string[];
    return types.includes("*") || types.includes(eventType);
  });
}

export async function insertWebhook(db: Executor, row: WebhookRow): Promise<void> {
  await db.insertInto("webhooks").values(row).execute();
}

export async function updateWebhook(
  db: Executor,
  workspaceId: string,
  id: string,
  version: number,
  changes: Partial<Pick<WebhookRow, "url" | "description" | "event_types" | "status" | "secret">> & { updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("webhooks")
    .set((eb) => ({ ...changes, version: eb("version", "+", 1) }))
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function deleteWebhook(db: Executor, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom("webhook_deliveries").where("workspace_id", "=", workspaceId).where("webhook_id", "=", id).execute();
  await db.deleteFrom("webhooks").where("workspace_id", "=", workspaceId).where("id", "=", id).execute();
}

export function listDeliveries(
  db: Executor,
  workspaceId: string,
  webhookId: string,
  query: { status?: DeliveryRow["status"]; cursor?: string; limit: number },
) {
  let select = db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("webhook_id", "=", webhookId);
  if (query.status) select = select.where("status", "=", query.status);
  if (query.cursor) {
    select = select.where(afterCursor(NEWEST_FIRST("webhook_deliveries.created_at"), "webhook_deliveries.id", query.cursor));
  }
  return select.orderBy("created_at", "desc").orderBy("id", "desc").limit(query.limit + 1).execute();
}

export function findDelivery(db: Executor, workspaceId: string, webhookId: string, id: string) {
  return db
    .selectFrom("webhook_deliveries")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("webhook_id", "=", webhookId)
    .where("id", "=", id)
    .executeTakeFirst();
}

export async function insertDelivery(db: Executor, row: DeliveryRow): Promise<void> {
  await db.insertInto("webhook_deliveries").values(row).execute();
}

