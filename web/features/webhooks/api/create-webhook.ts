import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CreateWebhookInput, WebhookWithSecretSchema } from "#shared/contracts/webhooks.ts";
import { api, call } from "#web/api-client.ts";

/** A webhook with its signing secret: in this answer only. */
export type WebhookWithSecret = z.infer<typeof WebhookWithSecretSchema>;

export function createWebhook(input: CreateWebhookInput): Promise<WebhookWithSecret> {
  return call(api.POST("/api/v1/webhooks", { body: input }));
}

export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["webhooks", "list"] }),
  });
}
