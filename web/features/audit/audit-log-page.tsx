import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { AuditListQuerySchema } from "#shared/contracts/audit.ts";
import { zodFieldErrors, type FieldErrors } from "#web/components/form-errors.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import { auditEntriesQueryOptions, type AuditFilters } from "./api/get-audit-entries.ts";
import { AuditFiltersBar } from "./components/audit-filters.tsx";
import { AuditTable } from "./components/audit-table.tsx";

/** The filters as typed, checked with the API's own query contract; only valid ones are sent. */
function checkFilters(filters: AuditFilters): FieldErrors {
  const parsed = AuditListQuerySchema.safeParse(filters);
  const errors = parsed.success ? {} : zodFieldErrors(parsed.error);
  if (filters.from && filters.to && filters.from > filters.to) errors.to = "Ends before it starts.";
  return errors;
}

function AuditLog() {
  const [filters, setFilters] = useState<AuditFilters>({});
  const [applied, setApplied] = useState<AuditFilters>({});
  const errors = checkFilters(filters);
  const entries = useInfiniteQuery({ ...auditEntriesQueryOptions(applied), placeholderData: keepPreviousData });
  const items = entries.data?.pages.flatMap((page) => page.items) ?? [];
  const filtered = Object.values(applied).some((value) => value !== undefined);

  const change = (next: AuditFilters) => {
    setFilters(next);
    if (Object.keys(checkFilters(next)).length === 0) setApplied(next);
  };

  return (
    <>
      <PageHeader title="Audit log" description="Who changed what, and when, in this workspace." />
      <AuditFiltersBar filters={filters} onChange={change} errors={errors} />
      {entries.isPending ? (
        <PageLoader label="Loading the log…" />
      ) : entries.isError && items.length === 0 ? (
        <PageError error={entries.error} onRetry={() => void entries.refetch()} />
      ) : items.length === 0 ? (
        <PageEmpty
          title={filtered ? "Nothing matches these filters" : "Nothing has changed yet"}
          description={filtered ? "Widen the dates or clear a filter." : "Every change made in this workspace is listed here."}
        />
      ) : (
        <>
          <AuditTable entries={items} />
          <LoadMore hasMore={entries.hasNextPage} loading={entries.isFetchingNextPage} onLoad={() => void entries.fetchNextPage()} />
        </>
      )}
    </>
  );
}

export function AuditLogPage() {
  return (
    <RequireCapability capability="audit.read">
      <AuditLog />
    </RequireCapability>
  );
}
