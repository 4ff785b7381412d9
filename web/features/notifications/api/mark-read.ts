import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Notification } from "#shared/contracts/notifications.ts";
import { api, call } from "#web/api-client.ts";
import { NOTIFICATION_LISTS_KEY, type NotificationPages } from "./get-notifications.ts";
import { UNREAD_COUNT_KEY } from "./get-unread-count.ts";

export function markRead(id: string): Promise<Notification> {
  return call(api.POST("/api/v1/notifications/{id}/read", { params: { path: { id } } }));
}

export function useMarkRead() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: markRead,
    onSuccess: (read) => {
      queryClient.setQueriesData<NotificationPages>({ queryKey: NOTIFICATION_LISTS_KEY }, (data) =>
        data && { ...data, pages: data.pages.map((page) => ({ ...page, items: page.items.map((item) => (item.id === read.id ? read : item)) })) },
      );
      return queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY });
    },
  });
}
