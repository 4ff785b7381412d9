import { queryOptions, useQuery } from "@tanstack/react-query";
import type { UnreadCount } from "#shared/contracts/notifications.ts";
import { api, call } from "#web/api-client.ts";

export const UNREAD_COUNT_KEY = ["notifications", "unread-count"] as const;

export function getUnreadCount(): Promise<UnreadCount> {
  return call(api.GET("/api/v1/notifications/unread-count"));
}

// The stream keeps the count current, so it is not refetched on its own.
export const unreadCountQueryOptions = () => queryOptions({ queryKey: UNREAD_COUNT_KEY, queryFn: getUnreadCount, staleTime: Infinity });

export function useUnreadCount() {
  return useQuery(unreadCountQueryOptions());
}
