import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UnreadCount } from "#shared/contracts/notifications.ts";
import { api, call } from "#web/api-client.ts";
import { NOTIFICATION_LISTS_KEY } from "./get-notifications.ts";
import { UNREAD_COUNT_KEY } from "./get-unread-count.ts";

export function markAllRead(): Promise<UnreadCount> {
  return call(api.POST("/api/v1/notifications/read-all"));
}

export function useMarkAllRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markAllRead,
    onSuccess: (count) => {
      queryClient.setQueryData(UNREAD_COUNT_KEY, count);
      return queryClient.invalidateQueries({ queryKey: NOTIFICATION_LISTS_KEY });
    },
  });
}
