import type { Notification } from "#shared/contracts/notifications.ts";
import type { NotificationRow } from "./notifications.repository.ts";

export function presentNotification(row: NotificationRow): Notification {
  return {
    id: row.id,
    kind: row.kind,
    title: row.title,
    body: row.body,
    link: row.link,
    eventId: row.event_id,
    readAt: row.read_at,
    createdAt: row.created_at,
  };
}
