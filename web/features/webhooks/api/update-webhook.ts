import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { UpdateWebhookInput, Webhook } from "#shared/contracts/webhooks.ts";
import { api, call } from "#web/api-client.ts";

export function updateWebhook(id: string, input: UpdateWebhookInput): Promise<Webhook> {
  return call(api.PATCH("/api/v1/webhooks/{id}", { params: { path: { id } }, body: input }));
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
