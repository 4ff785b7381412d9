import { EventEmitter } from "node:events";
import type { Notification } from "#shared/contracts/notifications.ts";

/**
 * Live notifications within this process, keyed by member id. With several
 * Tandem processes a notification created in one (by its worker) does not
 * reach a member whose stream is open on another: they see it on their next
 * poll of the unread count or when the stream reconnects. PostgreSQL
 * LISTEN/NOTIFY can carry it across processes later.
 */
const hub = new EventEmitter();
hub.setMaxListeners(0);

export function publishNotification(memberId: string, notification: Notification): void {
  hub.emit(memberId, notification);
}

/** Returns the unsubscribe function. */
export function subscribeNotifications(memberId: string, listener: (notification: Notification) => void): () => void {
  hub.on(memberId, listener);
  return () => hub.off(memberId, listener);
}

/** Open streams of a member in this process. */
export const openStreams = (memberId: string): number => hub.listenerCount(memberId);
