import { infiniteQueryOptions, useInfiniteQuery, type InfiniteData } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { Notification } from "#shared/contracts/notifications.ts";
import { api, call } from "#web/api-client.ts";

export type NotificationFilter = "all" | "unread";
export type NotificationPages = InfiniteData<Page<Notification>, string | undefined>;

/** Every inbox list, whatever its filter: the stream and the writes update them all. */
export const NOTIFICATION_LISTS_KEY = ["notifications", "list"] as const;

/** The signed-in member's inbox, newest first. */
export function getNotifications(filter: NotificationFilter, cursor?: string): Promise<Page<Notification>> {
  return call(api.GET("/api/v1/notifications", { params: { query: { unread: filter === "unread" ? "true" : undefined, cursor, limit: 20 } } }));
}

export const notificationsQueryOptions = (filter: NotificationFilter) =>
  infiniteQueryOptions({
    queryKey: [...NOTIFICATION_LISTS_KEY, filter],
    queryFn: ({ pageParam }) => getNotifications(filter, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useNotifications(filter: NotificationFilter) {
  return useInfiniteQuery(notificationsQueryOptions(filter));
}
