import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { Member } from "#shared/contracts/members.ts";
import { api } from "#web/api-client.ts";

/** Every member, deactivated ones too: they may have acted in the past. */
export async function getMemberOptions(): Promise<{ value: string; label: string }[]> {
  const page = await api<Page<Member>>("GET", "/members?sort=name&limit=200");
  return page.items.map((member) => ({ value: member.id, label: member.status === "active" ? member.name : `${member.name} (deactivated)` }));
}

export const memberOptionsQueryOptions = () =>
  queryOptions({ queryKey: ["members", "options", "audit"], queryFn: getMemberOptions, staleTime: 60_000 });

export function useMemberOptions() {
  return useQuery(memberOptionsQueryOptions());
}
