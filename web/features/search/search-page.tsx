import { useDebouncedValue } from "@mantine/hooks";
import { useRef, useState } from "react";
import { useSearchParams } from "react-router";
import { SEARCH_KINDS, type SearchKind } from "#shared/contracts/search.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useCan } from "#web/components/session-context.tsx";
import { useServiceOptions } from "./api/get-service-options.ts";
import { useSearch } from "./api/search.ts";
import { SearchFilters, type SearchFilterValues } from "./components/search-filters.tsx";
import { SearchResultList } from "./components/search-results.tsx";

const FILTER_KEYS = ["q", "kind", "status", "tag", "serviceId"] as const;

function valuesFrom(params: URLSearchParams): SearchFilterValues {
  return {
    q: params.get("q") ?? "",
    kind: params.get("kind"),
    status: params.get("status"),
    tag: params.get("tag") ?? "",
    serviceId: params.get("serviceId"),
  };
}

/** The full results of a search; the address holds the query and filters, so a search can be shared. */
export function SearchPage() {
  const canWrite = useCan("cheatsheets.seeWorkingCopies");
  const [params, setParams] = useSearchParams();
  const [values, setValues] = useState(() => valuesFrom(params));
  // The header's search box may change the address while this page is open: follow it.
  const address = params.toString();
  const [seen, setSeen] = useState(address);
  const wrote = useRef(address);
  if (address !== seen) {
    setSeen(address);
    if (address !== wrote.current) setValues(valuesFrom(params));
  }
  const [q] = useDebouncedValue(values.q.trim(), 250);
  const [tag] = useDebouncedValue(values.tag.trim(), 250);
  const services = useServiceOptions();
  const kind = SEARCH_KINDS.includes(values.kind as SearchKind) ? (values.kind as SearchKind) : undefined;
  const query = {
    q,
    kind,
    status: values.status ?? undefined,
    tag: tag || undefined,
    serviceId: values.serviceId ?? undefined,
    limit: 50,
  };
  const results = useSearch(query);

  const change = (next: SearchFilterValues) => {
    setValues(next);
    const search = new URLSearchParams();
    for (const key of FILTER_KEYS) {
      const value = next[key]?.trim();
      if (value) search.set(key, value);
    }
    wrote.current = search.toString();
    setParams(search, { replace: true });
  };

  const items = results.data?.items ?? [];
  return (
    <>
      <PageHeader title="Search" description="Cheat sheets and glossary terms. Every word must appear; the last may be the start of a word." />
      <SearchFilters values={values} onChange={change} showStatus={canWrite} serviceOptions={services.data ?? []} />
      {!query.q ? (
        <PageEmpty title="What are you looking for?" description="Type a word or two, for example “change request”." />
      ) : results.isPending ? (
        <PageLoader label="Searching…" />
      ) : results.isError ? (
        <PageError error={results.error} onRetry={() => void results.refetch()} />
      ) : items.length === 0 ? (
        <PageEmpty title={`Nothing found for “${query.q}”`} description="Try fewer words, another spelling, or fewer filters." />
      ) : (
        <SearchResultList hits={items} />
      )}
    </>
  );
}
