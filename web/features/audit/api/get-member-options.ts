import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

/** Every member, deactivated ones too: they may have acted in the past. */
export async function getMemberOptions(): Promise<{ value: string; label: string }[]> {
  const page = await call(api.GET("/api/v1/members", { params: { query: { sort: "name", limit: 200 } } }));
  return page.items.map((member) => ({ value: member.id, label: member.status === "active" ? member.name : `${member.name} (deactivated)` }));
}

export const memberOptionsQueryOptions = () =>
  queryOptions({ queryKey: ["members", "options", "audit"], queryFn: getMemberOptions, staleTime: 60_000 });

export function useMemberOptions() {
  return useQuery(memberOptionsQueryOptions());
}
