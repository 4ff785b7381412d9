import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

/** Removes the webhook and its delivery log. */
export function deleteWebhook(id: string): Promise<void> {
  return call(api.DELETE("/api/v1/webhooks/{id}", { params: { path: { id } } }));
}

export function useDeleteWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteWebhook,
    onSuccess: async (_nothing, id) => {
      // The page still showing the webhook is about to leave: mark its queries stale
      // without asking again now (that would only answer 404), and refresh the list.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["webhooks", "detail", id], refetchType: "none" }),
        queryClient.invalidateQueries({ queryKey: ["webhooks", "deliveries", id], refetchType: "none" }),
        queryClient.invalidateQueries({ queryKey: ["webhooks", "list"] }),
      ]);
    },
  });
}
