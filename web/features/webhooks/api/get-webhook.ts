import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Webhook } from "#shared/contracts/webhooks.ts";
import { api, call } from "#web/api-client.ts";

export function getWebhook(id: string): Promise<Webhook> {
  return call(api.GET("/api/v1/webhooks/{id}", { params: { path: { id } } }));
}

export const webhookQueryOptions = (id: string) => queryOptions({ queryKey: ["webhooks", "detail", id], queryFn: () => getWebhook(id) });

export function useWebhook(id: string) {
  return useQuery(webhookQueryOptions(id));
}
