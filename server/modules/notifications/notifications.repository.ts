import type { Executor } from "#server/kernel/db/database.ts";
import type { NotificationChannel, NotificationPreferencesTable, NotificationsTable } from "#server/kernel/db/schema.ts";
import { afterCursor } from "#server/kernel/pagination.ts";

export type NotificationRow = NotificationsTable;

const INBOX_SORT = { column: "created_at", direction: "desc" } as const;

export function listInbox(
  db: Executor,
  workspaceId: string,
  memberId: string,
  query: { unread?: boolean | undefined; cursor?: string | undefined; limit: number },
) {
  let select = db.selectFrom("notifications").selectAll().where("workspace_id", "=", workspaceId).where("member_id", "=", memberId);
  if (query.unread === true) select = select.where("read_at", "is", null);
  if (query.unread === false) select = select.where("read_at", "is not", null);
  if (query.cursor) select = select.where(afterCursor(INBOX_SORT, "id", query.cursor));
  return select.orderBy("created_at", "desc").orderBy("id", "desc").limit(query.limit + 1).execute();
}

/** A member's notifications created at or after `since`, oldest first (what an open stream has not seen). */
export function listCreatedSince(db: Executor, workspaceId: string, memberId: string, since: string) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("created_at", ">=", since)
    .orderBy("created_at")
    .orderBy("id")
    .limit(50)
    .execute();
}

export function findNotification(db: Executor, workspaceId: string, memberId: string, id: string) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
}

export async function countUnread(db: Executor, workspaceId: string, memberId: string): Promise<number> {
  const row = await db
    .selectFrom("notifications")
    .select((eb) => eb.fn.countAll().as("count"))
    .where("member_id", "=", memberId)
    .where("read_at", "is", null)
    .where("workspace_id", "=", workspaceId)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

export async function markRead(db: Executor, workspaceId: string, memberId: string, at: string, id?: string): Promise<void> {
  let update = db
    .updateTable("notifications")
    .set({ read_at: at })
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("read_at", "is", null);
  if (id) update = update.where("id", "=", id);
  await update.execute();
}

/** False when the member already has a notification of this event (a repeated dispatch). */
export async function insertNotification(db: Executor, row: NotificationRow): Promise<boolean> {
  const result = await db
    .insertInto("notifications")
    .values(row)
    .onConflict((oc) => oc.columns(["member_id", "event_id"]).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export function listPreferences(db: Executor, workspaceId: string, memberIds: string[]) {
  if (memberIds.length === 0) return Promise.resolve([] as NotificationPreferencesTable[]);
  return db
    .selectFrom("notification_preferences")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "in", memberIds)
    .execute();
}

export async function upsertPreference(db: Executor, row: NotificationPreferencesTable): Promise<void> {
  await db
    .insertInto("notification_preferences")
    .values(row)
    .onConflict((oc) => oc.columns(["member_id", "kind"]).doUpdateSet({ channel: row.channel }))
    .execute();
}

/** Members with digest notifications that no digest carried yet. */
export function listDigestMembers(db: Executor) {
  return db
    .selectFrom("notifications")
    .select(["workspace_id", "member_id"])
    .distinct()
    .where("channel", "=", "digest" satisfies NotificationChannel)
    .where("digested_at", "is", null)
    .execute();
}

export function listUndigested(db: Executor, workspaceId: string, memberId: string) {
  return db
    .selectFrom("notifications")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("channel", "=", "digest")
    .where("digested_at", "is", null)
    .orderBy("created_at", "asc")
    .orderBy("id", "asc")
    .execute();
}

export async function markDigested(db: Executor, ids: string[], at: string): Promise<void> {
  if (ids.length === 0) return;
  await db.updateTable("notifications").set({ digested_at: at }).where("id", "in", ids).where("digested_at", "is", null).execute();
}

export function findNotificationById(db: Executor, id: string) {
  return db.selectFrom("notifications").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function markReadAbout(
  db: Executor,
  about: { workspaceId: string; memberId: string; subjectType: string; subjectId: string; kind: string; at: string },
): Promise<void> {
  await db
    .updateTable("notifications")
    .set({ read_at: about.at })
    .where("workspace_id", "=", about.workspaceId)
    .where("member_id", "=", about.memberId)
    .where("subject_type", "=", about.subjectType)
    .where("subject_id", "=", about.subjectId)
    .where("kind", "=", about.kind)
    .where("read_at", "is", null)
    .execute();
}
