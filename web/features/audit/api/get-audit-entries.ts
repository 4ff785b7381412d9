import { infiniteQueryOptions } from "@tanstack/react-query";
import type { AuditEntry, AuditListQuery } from "#shared/contracts/audit.ts";
import type { Page } from "#shared/contracts/common.ts";
import { api, call } from "#web/api-client.ts";

export type AuditFilters = Partial<Pick<AuditListQuery, "memberId" | "recordType" | "action" | "from" | "to">>;

export function getAuditEntries(filters: AuditFilters, cursor?: string): Promise<Page<AuditEntry>> {
  return call(api.GET("/api/v1/audit", { params: { query: { ...filters, cursor, limit: 50 } } }));
}

export const auditEntriesQueryOptions = (filters: AuditFilters) =>
  infiniteQueryOptions({
    queryKey: ["audit", "list", filters],
    queryFn: ({ pageParam }) => getAuditEntries(filters, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
