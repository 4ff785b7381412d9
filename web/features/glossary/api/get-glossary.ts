import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { GlossaryListQuery, GlossaryTerm } from "#shared/contracts/glossary.ts";
import { api, call } from "#web/api-client.ts";

export type GlossaryFilters = Partial<Pick<GlossaryListQuery, "q" | "sort">>;

export function getGlossary(filters: GlossaryFilters, cursor?: string): Promise<Page<GlossaryTerm>> {
  return call(api.GET("/api/v1/glossary", { params: { query: { ...filters, cursor, limit: 50 } } }));
}

export const glossaryQueryOptions = (filters: GlossaryFilters) =>
  infiniteQueryOptions({
    queryKey: ["glossary", "list", filters],
    queryFn: ({ pageParam }) => getGlossary(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
