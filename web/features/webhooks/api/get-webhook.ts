import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Webhook } from "#shared/contracts/webhooks.ts";
import { api } from "#web/api-client.ts";

export function getWebhook(id: string): Promise<Webhook> {
  return api<Webhook>("GET", `/webhooks/${encodeURIComponent(id)}`);
}

export const webhookQueryOptions = (id: string) => queryOptions({ queryKey: ["webhooks", "detail", id], queryFn: () => getWebhook(id) });

export function useWebhook(id: string) {
  return useQuery(webhookQueryOptions(id));
}
