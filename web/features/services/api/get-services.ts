import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { ServiceListQuery, ServiceSummary } from "#shared/contracts/services.ts";
import { api, call } from "#web/api-client.ts";

export type ServiceFilters = Partial<Pick<ServiceListQuery, "q" | "status" | "ownerId" | "sort">>;

export function getServices(filters: ServiceFilters, cursor?: string): Promise<Page<ServiceSummary>> {
  return call(api.GET("/api/v1/services", { params: { query: { ...filters, cursor, limit: 25 } } }));
}

export const servicesQueryOptions = (filters: ServiceFilters) =>
  infiniteQueryOptions({
    queryKey: ["services", "list", filters],
    queryFn: ({ pageParam }) => getServices(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
