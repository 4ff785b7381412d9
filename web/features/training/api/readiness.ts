import { keepPreviousData, queryOptions } from "@tanstack/react-query";
import type { Role } from "#shared/contracts/common.ts";
import type { ReadinessQuery } from "#shared/contracts/readiness.ts";
import { api, apiUrl, call } from "#web/api-client.ts";

export interface ReadinessFilters {
  role?: Role;
  service?: string;
  sort: ReadinessQuery["sort"];
}

/** The whole team in one page: the matrix is meant to be seen at once. */
export const readinessQueryOptions = (filters: ReadinessFilters) =>
  queryOptions({
    queryKey: ["readiness", filters],
    queryFn: () => call(api.GET("/api/v1/readiness", { params: { query: { ...filters, limit: 2000 } } })),
    placeholderData: keepPreviousData,
  });

export const readinessExportUrl = (filters: ReadinessFilters): string => apiUrl("/api/v1/readiness/export", { query: filters });
