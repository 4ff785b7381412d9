import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { Member, MemberListQuery } from "#shared/contracts/members.ts";
import { api, call } from "#web/api-client.ts";

export type MemberFilters = Partial<Pick<MemberListQuery, "q" | "role" | "status" | "sort">>;

export function getMembers(filters: MemberFilters, cursor?: string): Promise<Page<Member>> {
  return call(api.GET("/api/v1/members", { params: { query: { ...filters, cursor, limit: 50 } } }));
}

export const membersQueryOptions = (filters: MemberFilters) =>
  infiniteQueryOptions({
    queryKey: ["members", "list", filters],
    queryFn: ({ pageParam }) => getMembers(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
