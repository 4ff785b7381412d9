import { keepPreviousData, queryOptions, useQuery } from "@tanstack/react-query";
import type { SearchKind, SearchResults } from "#shared/contracts/search.ts";
import { api, call } from "#web/api-client.ts";

export interface SearchParams {
  q: string;
  kind?: SearchKind;
  status?: string;
  tag?: string;
  serviceId?: string;
  limit?: number;
}

export function search(params: SearchParams): Promise<SearchResults> {
  return call(api.GET("/api/v1/search", { params: { query: { ...params } } }));
}

export const searchQueryOptions = (params: SearchParams) =>
  queryOptions({ queryKey: ["search", params], queryFn: () => search(params), staleTime: 30_000 });

/** Asks only once there is something to look for; keeps the last results while the next arrive. */
export function useSearch(params: SearchParams) {
  return useQuery({ ...searchQueryOptions(params), enabled: params.q.trim().length > 0, placeholderData: keepPreviousData });
}
