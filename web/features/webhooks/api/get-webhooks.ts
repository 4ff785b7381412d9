import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { Webhook } from "#shared/contracts/webhooks.ts";
import { api, call } from "#web/api-client.ts";

export function getWebhooks(cursor?: string): Promise<Page<Webhook>> {
  return call(api.GET("/api/v1/webhooks", { params: { query: { cursor, limit: 50 } } }));
}

export const webhooksQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ["webhooks", "list"],
    queryFn: ({ pageParam }) => getWebhooks(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useWebhooks() {
  return useInfiniteQuery(webhooksQueryOptions());
}
