import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UpdateWebhookInput, Webhook } from "#shared/contracts/webhooks.ts";
import { api } from "#web/api-client.ts";

export function updateWebhook(id: string, input: UpdateWebhookInput): Promise<Webhook> {
  return api<Webhook>("PATCH", `/webhooks/${encodeURIComponent(id)}`, input);
}

export function useUpdateWebhook(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateWebhookInput) => updateWebhook(id, input),
    onSuccess: async (webhook) => {
      queryClient.setQueryData(["webhooks", "detail", id], webhook);
      await queryClient.invalidateQueries({ queryKey: ["webhooks", "list"] });
    },
  });
}
