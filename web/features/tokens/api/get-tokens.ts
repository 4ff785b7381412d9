import { infiniteQueryOptions, useInfiniteQuery } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { ApiToken } from "#shared/contracts/tokens.ts";
import { api, call } from "#web/api-client.ts";

/** The signed-in member's own tokens. */
export function getTokens(cursor?: string): Promise<Page<ApiToken>> {
  return call(api.GET("/api/v1/tokens", { params: { query: { cursor, limit: 50 } } }));
}

export const tokensQueryOptions = () =>
  infiniteQueryOptions({
    queryKey: ["tokens", "list"],
    queryFn: ({ pageParam }) => getTokens(pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });

export function useTokens() {
  return useInfiniteQuery(tokensQueryOptions());
}
