import { queryOptions, useQuery } from "@tanstack/react-query";
import type { OutboxMessage } from "#shared/contracts/outbox.ts";
import { api, call } from "#web/api-client.ts";

/** One e-mail: headers, text part and the HTML part sanitized by the server. */
export function getOutboxMessage(name: string): Promise<OutboxMessage> {
  return call(api.GET("/api/v1/outbox/{name}", { params: { path: { name } } }));
}

export const outboxMessageQueryOptions = (name: string) =>
  queryOptions({
    queryKey: ["outbox", "message", name],
    queryFn: () => getOutboxMessage(name),
    // A written message never changes.
    staleTime: Infinity,
  });

export function useOutboxMessage(name: string | null) {
  return useQuery({ ...outboxMessageQueryOptions(name ?? ""), enabled: name !== null });
}
