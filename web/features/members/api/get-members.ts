import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { Member, MemberListQuery } from "#shared/contracts/members.ts";
import { api, toQuery } from "#web/api-client.ts";

export type MemberFilters = Partial<Pick<MemberListQuery, "q" | "role" | "status" | "sort">>;

export function getMembers(filters: MemberFilters, cursor?: string): Promise<Page<Member>> {
  return api<Page<Member>>("GET", `/members${toQuery({ ...filters, cursor, limit: 50 })}`);
}

export const membersQueryOptions = (filters: MemberFilters) =>
  infiniteQueryOptions({
    queryKey: ["members", "list", filters],
    queryFn: ({ pageParam }) => getMembers(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
