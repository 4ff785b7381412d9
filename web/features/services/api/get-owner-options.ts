import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

/** Active members, as choices for a service's owner. */
export async function getOwnerOptions(): Promise<{ value: string; label: string }[]> {
  const page = await call(api.GET("/api/v1/members", { params: { query: { status: "active", sort: "name", limit: 200 } } }));
  return page.items.map((member) => ({ value: member.id, label: `${member.name} (${member.email})` }));
}

export const ownerOptionsQueryOptions = () =>
  queryOptions({ queryKey: ["members", "options", "service-owner"], queryFn: getOwnerOptions, staleTime: 60_000 });

export function useOwnerOptions() {
  return useQuery(ownerOptionsQueryOptions());
}
