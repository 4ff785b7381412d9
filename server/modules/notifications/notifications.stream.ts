import { EventEmitter } from "node:events";
import type { Notification } from "#shared/contracts/notifications.ts";

/**
 * Live notifications within this process, keyed by member id. A notification
 * created by another Tandem process's worker reaches open streams through
 * their poll (NOTIFICATION_POLL_MS) instead.
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
