import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import type { NotificationStreamEvent, UnreadCount } from "#shared/contracts/notifications.ts";
import { NOTIFICATION_LISTS_KEY, type NotificationPages } from "./get-notifications.ts";
import { apiUrl } from "#web/api-client.ts";
import { UNREAD_COUNT_KEY } from "./get-unread-count.ts";

export const NOTIFICATION_STREAM_URL = apiUrl("/api/v1/notifications/stream");

function parse<T>(event: MessageEvent): T | null {
  try {
    return JSON.parse(String(event.data)) as T;
  } catch {
    return null;
  }
}

/**
 * Keeps the unread count and the inbox current while a signed-in page is open,
 * and shows a toast for each new notification. Use it once, in the layout;
 * EventSource reconnects by itself, and the stream closes on unmount (sign-out).
 */
export function useNotificationStream(): void {
  const queryClient = useQueryClient();

  useEffect(() => {
    if (typeof EventSource === "undefined") return;
    const source = new EventSource(NOTIFICATION_STREAM_URL);

    const onUnread = (event: MessageEvent) => {
      const count = parse<UnreadCount>(event);
      if (count) queryClient.setQueryData(UNREAD_COUNT_KEY, { unread: count.unread });
    };

    const onNotification = (event: MessageEvent) => {
      const data = parse<NotificationStreamEvent>(event);
      if (!data) return;
      const { notification, unread } = data;
      queryClient.setQueryData(UNREAD_COUNT_KEY, { unread });
      // Newest first: it goes on top of every loaded list (both filters want an unread one).
      queryClient.setQueriesData<NotificationPages>({ queryKey: NOTIFICATION_LISTS_KEY }, (pages) => {
        const first = pages?.pages[0];
        if (!pages || !first) return pages;
        if (pages.pages.some((page) => page.items.some((item) => item.id === notification.id))) return pages;
        return { ...pages, pages: [{ ...first, items: [notification, ...first.items] }, ...pages.pages.slice(1)] };
      });
      notifications.show({ title: notification.title, message: notification.body, color: "blue" });
    };

    source.addEventListener("unread", onUnread);
    source.addEventListener("notification", onNotification);
    return () => {
      source.removeEventListener("unread", onUnread);
      source.removeEventListener("notification", onNotification);
      source.close();
    };
  }, [queryClient]);
}
