import { Button } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Link } from "react-router";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useCan } from "#web/components/session-context.tsx";
import { cheatSheetsQueryOptions } from "./api/get-cheatsheets.ts";
import { useServiceOptions } from "./api/get-service-options.ts";
import { NO_FILTERS, SheetFilters, type SheetFilterValues } from "./components/sheet-filters.tsx";
import { SheetList } from "./components/sheet-list.tsx";
import { TrustScore } from "./components/trust-score.tsx";

export function CheatSheetListPage() {
  const canWrite = useCan("cheatsheets.create");
  const canManage = useCan("cheatsheets.seeAcknowledgements");
  const isReader = useCan("cheatsheets.confirmReading");
  const [values, setValues] = useState<SheetFilterValues>(NO_FILTERS);
  const [q] = useDebouncedValue(values.search.trim(), 300);
  const [tag] = useDebouncedValue(values.tag.trim().toLowerCase(), 300);
  const services = useServiceOptions();
  const filters = {
    q: q || undefined,
    tag: tag || undefined,
    status: values.status ?? undefined,
    serviceId: values.serviceId ?? undefined,
    stale: values.stale || undefined,
  };
  const filtered = Object.values(filters).some((value) => value !== undefined);
  const sheets = useInfiniteQuery({ ...cheatSheetsQueryOptions(filters), placeholderData: keepPreviousData });
  const items = sheets.data?.pages.flatMap((page) => page.items) ?? [];
  const createButton = canWrite ? (
    <Button component={Link} to="/cheatsheets/new">
      New cheat sheet
    </Button>
  ) : null;
  const acknowledgementsLink = (
    <Button component={Link} to="/cheatsheets/acknowledgements" variant="default">
      {canManage ? "Acknowledgements by rep" : "Your acknowledgements"}
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Cheat sheets"
        description="One page in plain language on each concept and service — what to say, and what never to promise."
        actions={
          <>
            {acknowledgementsLink}
            {createButton}
          </>
        }
      />
      <TrustScore showUnacknowledged={isReader} />
      <SheetFilters values={values} onChange={setValues} showStatus={canWrite} serviceOptions={services.data ?? []} />

      {sheets.isPending ? (
        <PageLoader label="Loading cheat sheets…" />
      ) : sheets.isError && items.length === 0 ? (
        <PageError error={sheets.error} onRetry={() => void sheets.refetch()} />
      ) : items.length === 0 ? (
        filtered ? (
          <PageEmpty title="No cheat sheets match" description="Try other filters." action={<Button variant="default" onClick={() => setValues(NO_FILTERS)}>Clear filters</Button>} />
        ) : (
          <PageEmpty
            title="No cheat sheets yet"
            description={
              canWrite
                ? "Boil a concept your reps struggle with down to one page."
                : "The project team has not published any cheat sheets yet. Project managers and PMO leads write them; each appears here once a second writer approves it."
            }
            action={createButton}
          />
        )
      ) : (
        <>
          <SheetList sheets={items} showStatus={canWrite} />
          <LoadMore hasMore={sheets.hasNextPage} loading={sheets.isFetchingNextPage} onLoad={() => void sheets.fetchNextPage()} />
        </>
      )}
    </>
  );
}
