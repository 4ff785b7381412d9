import { queryOptions, useQuery } from "@tanstack/react-query";
import type { OutboxList } from "#shared/contracts/outbox.ts";
import { api, call } from "#web/api-client.ts";

/** The newest e-mails written to the outbox for this workspace's people. */
export function getOutbox(limit: number): Promise<OutboxList> {
  return call(api.GET("/api/v1/outbox", { params: { query: { limit } } }));
}

export const outboxQueryOptions = (limit: number) =>
  queryOptions({
    queryKey: ["outbox", "list", { limit }],
    queryFn: () => getOutbox(limit),
  });

export function useOutbox(limit: number) {
  return useQuery(outboxQueryOptions(limit));
}
