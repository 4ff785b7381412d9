import { Button, Group, Select, Stack, Text } from "@mantine/core";
import { useQuery } from "@tanstack/react-query";
import { useSearchParams } from "react-router";
import { ROLES, ROLE_LABELS, RoleSchema } from "#shared/contracts/common.ts";
import { ReadinessQuerySchema } from "#shared/contracts/readiness.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { useServiceOptions } from "#web/features/cheatsheets/api/get-service-options.ts";
import { PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { readinessExportUrl, readinessQueryOptions, type ReadinessFilters } from "./api/readiness.ts";
import { ReadinessTable } from "./components/readiness-table.tsx";

const SORTS = [
  { value: "name", label: "Name, A to Z" },
  { value: "-name", label: "Name, Z to A" },
  { value: "readiness", label: "Least ready first" },
  { value: "-readiness", label: "Most ready first" },
];
const SELLERS = "sellers";

/** Filters live in the address, so a view can be bookmarked and shared. */
function useFilters(): [ReadinessFilters, (change: Partial<Record<"role" | "service" | "sort", string | null>>) => void] {
  const [params, setParams] = useSearchParams();
  const role = RoleSchema.safeParse(params.get("role"));
  const sort = ReadinessQuerySchema.shape.sort.safeParse(params.get("sort") ?? undefined);
  const filters: ReadinessFilters = { role: role.success ? role.data : undefined, service: params.get("service") ?? undefined, sort: sort.success ? sort.data : "name" };
  const update = (change: Partial<Record<"role" | "service" | "sort", string | null>>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(change)) {
      if (value) next.set(key, value);
      else next.delete(key);
    }
    setParams(next, { replace: true });
  };
  return [filters, update];
}

export function ReadinessPage() {
  const [filters, update] = useFilters();
  const matrix = useQuery(readinessQueryOptions(filters));
  const serviceOptions = useServiceOptions();
  const services = matrix.data?.services ?? [];

  return (
    <Stack gap="md">
      <PageHeader
        title="Readiness"
        description="Who may sell what: each member's certification per service, and the service's cheat sheets they acknowledged."
        actions={
          <Button component="a" href={readinessExportUrl(filters)} variant="default" download>
            Export CSV
          </Button>
        }
      />
      <Group align="flex-end">
        <Select
          label="Members"
          data={[{ value: SELLERS, label: "Reps and sales engineers" }, ...ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }))]}
          value={filters.role ?? SELLERS}
          onChange={(value) => update({ role: value === SELLERS ? null : value })}
          allowDeselect={false}
          maw={260}
        />
        <Select
          label="Service"
          placeholder={serviceOptions.isPending ? "Loading services…" : "All services"}
          data={serviceOptions.data ?? []}
          value={filters.service ?? null}
          onChange={(value) => update({ service: value })}
          clearable
          searchable
          nothingFoundMessage="No service found"
          maw={300}
        />
        <Select label="Sort" data={SORTS} value={filters.sort} onChange={(value) => update({ sort: value })} allowDeselect={false} maw={220} />
      </Group>
      {matrix.isPending ? (
        <PageLoader label="Loading readiness…" />
      ) : matrix.isError ? (
        <PageError title="Could not load readiness" error={matrix.error} onRetry={() => void matrix.refetch()} />
      ) : matrix.data.rows.length === 0 ? (
        <PageEmpty title="Nobody to show" description="No active member holds this role. Pick other members above." />
      ) : matrix.data.services.length === 0 ? (
        <PageEmpty title="No services yet" description="Once the PMO adds services to the catalog, readiness shows here." />
      ) : (
        <>
          <Text size="sm" c="dimmed">
            {matrix.data.total} {matrix.data.total === 1 ? "member" : "members"} × {services.length} {services.length === 1 ? "service" : "services"}.
          </Text>
          <ReadinessTable matrix={matrix.data} />
        </>
      )}
    </Stack>
  );
}
