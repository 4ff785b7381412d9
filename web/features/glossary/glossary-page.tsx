import { Button, Group, TextInput } from "@mantine/core";
import { useDebouncedValue } from "@mantine/hooks";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { GlossaryTerm } from "#shared/contracts/glossary.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { useCan } from "#web/components/session-context.tsx";
import { glossaryQueryOptions } from "./api/get-glossary.ts";
import { DeleteTermModal } from "./components/delete-term-modal.tsx";
import { TermFormModal } from "./components/term-form-modal.tsx";
import { TermList } from "./components/term-list.tsx";

export function GlossaryPage() {
  const canWrite = useCan("glossary.manage");
  const [search, setSearch] = useState("");
  const [q] = useDebouncedValue(search.trim(), 250);
  // undefined: closed; null: a new term; a term: editing it.
  const [editing, setEditing] = useState<GlossaryTerm | null | undefined>(undefined);
  const [deleting, setDeleting] = useState<GlossaryTerm | null>(null);
  const terms = useInfiniteQuery({ ...glossaryQueryOptions({ q: q || undefined }), placeholderData: keepPreviousData });
  const items = terms.data?.pages.flatMap((page) => page.items) ?? [];
  const addButton = canWrite ? <Button onClick={() => setEditing(null)}>Add term</Button> : null;

  return (
    <>
      <PageHeader title="Glossary" description="Project jargon in plain words. Cheat sheets explain these terms where they use them." actions={addButton} />
      <Group mb="md">
        <TextInput
          label="Search the glossary"
          type="search"
          placeholder="Term or synonym"
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          style={{ flex: "1 1 240px" }}
          maw={480}
        />
      </Group>

      {terms.isPending ? (
        <PageLoader label="Loading the glossary…" />
      ) : terms.isError && items.length === 0 ? (
        <PageError error={terms.error} onRetry={() => void terms.refetch()} />
      ) : items.length === 0 ? (
        q ? (
          <PageEmpty title="No terms match" description="Try another word, or a synonym." />
        ) : (
          <PageEmpty
            title="The glossary is empty"
            description={canWrite ? "Add the jargon your cheat sheets use, with a plain definition." : "The project team has not added any terms yet. Project managers and PMO leads explain them here."}
            action={addButton}
          />
        )
      ) : (
        <>
          <TermList terms={items} onEdit={setEditing} onDelete={setDeleting} />
          <LoadMore hasMore={terms.hasNextPage} loading={terms.isFetchingNextPage} onLoad={() => void terms.fetchNextPage()} />
        </>
      )}

      {editing !== undefined && (
        <TermFormModal key={editing?.id ?? "new"} opened term={editing} onClose={() => setEditing(undefined)} />
      )}
      <DeleteTermModal term={deleting} onClose={() => setDeleting(null)} />
    </>
  );
}
