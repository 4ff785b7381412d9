import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { Member } from "#shared/contracts/members.ts";
import { api } from "#web/api-client.ts";

/** Active members, as choices for a sheet's owner. */
export async function getOwnerOptions(): Promise<{ value: string; label: string }[]> {
  const page = await api<Page<Member>>("GET", "/members?status=active&sort=name&limit=200");
  return page.items.map((member) => ({ value: member.id, label: `${member.name} (${member.email})` }));
}

export const ownerOptionsQueryOptions = () =>
  queryOptions({ queryKey: ["members", "options", "cheatsheet-owner"], queryFn: getOwnerOptions, staleTime: 60_000 });

export function useOwnerOptions() {
  return useQuery(ownerOptionsQueryOptions());
}
