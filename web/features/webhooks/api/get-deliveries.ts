import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { WebhookDelivery } from "#shared/contracts/webhooks.ts";
import { api, call } from "#web/api-client.ts";

export type DeliveryStatus = WebhookDelivery["status"];

/** A webhook's delivery log, newest first. */
export function getDeliveries(webhookId: string, status: DeliveryStatus | undefined, cursor?: string): Promise<Page<WebhookDelivery>> {
  return call(api.GET("/api/v1/webhooks/{id}/deliveries", { params: { path: { id: webhookId }, query: { status, cursor, limit: 50 } } }));
}

export const deliveriesQueryOptions = (webhookId: string, status: DeliveryStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: ["webhooks", "deliveries", webhookId, { status }],
    queryFn: ({ pageParam }) => getDeliveries(webhookId, status, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
