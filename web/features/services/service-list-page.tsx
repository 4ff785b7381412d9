import { Button, Group, Select, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { PageHeader } from "#web/components/page-header.tsx";
import { useCan } from "#web/components/session-context.tsx";
import { servicesQueryOptions } from "./api/get-services.ts";
import { ServiceTable } from "./components/service-table.tsx";

const STATUS_OPTIONS = [
  { value: "active", label: "Active" },
  { value: "retired", label: "Retired" },
];

export function ServiceListPage() {
  const canCreate = useCan("services.manage");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 300);
  const [status, setStatus] = useState<"active" | "retired" | null>(null);
  const filtered = Boolean(q || status);
  const services = useInfiniteQuery({
    ...servicesQueryOptions({ q: q || undefined, status: status ?? undefined }),
    placeholderData: keepPreviousData,
  });
  const items = services.data?.pages.flatMap((page) => page.items) ?? [];
  const createButton = canCreate ? (
    <Button component={Link} to="/services/new">
      New service
    </Button>
  ) : null;

  return (
    <>
      <PageHeader title="Service catalog" description="What the PMO offers, how long it takes and what it costs." actions={createButton} />
      <Group mb="md" align="flex-end" gap="sm" grow preventGrowOverflow={false}>
        <TextInput label="Search" type="search" placeholder="Name or summary" value={search} onChange={(event) => setSearch(event.currentTarget.value)} miw={200} />
        <Select
          label="Status"
          placeholder="Any status"
          data={STATUS_OPTIONS}
          value={status}
          onChange={(value) => setStatus(value as typeof status)}
          clearable
          maw={{ sm: 220 }}
          miw={160}
        />
      </Group>

      {services.isPending ? (
        <PageLoader label="Loading services…" />
      ) : services.isError && items.length === 0 ? (
        <PageError error={services.error} onRetry={() => void services.refetch()} />
      ) : items.length === 0 ? (
        filtered ? (
          <PageEmpty title="No services match" description="Try another search or status." />
        ) : (
          <PageEmpty
            title="No services yet"
            description={canCreate ? "Describe the first offering of the PMO." : "The PMO has not described any services yet. PMO leads and administrators add them here."}
            action={createButton}
          />
        )
      ) : (
        <>
          <ServiceTable services={items} />
          <LoadMore hasMore={services.hasNextPage} loading={services.isFetchingNextPage} onLoad={() => void services.fetchNextPage()} />
        </>
      )}
    </>
  );
}
