import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Webhook } from "#shared/contracts/webhooks.ts";
import { api, call } from "#web/api-client.ts";
import type { WebhookWithSecret } from "./create-webhook.ts";

/** A new signing secret, in this answer only; the old one stops signing at once. */
export function rotateWebhookSecret(id: string): Promise<WebhookWithSecret> {
  return call(api.POST("/api/v1/webhooks/{id}/secret", { params: { path: { id } } }));
}

export function useRotateWebhookSecret(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => rotateWebhookSecret(id),
    onSuccess: async ({ secret: _secret, ...webhook }) => {
      // The secret itself stays out of the cache: it lives only in the page that shows it once.
      queryClient.setQueryData<Webhook>(["webhooks", "detail", id], webhook);
      await queryClient.invalidateQueries({ queryKey: ["webhooks", "list"] });
    },
  });
}
