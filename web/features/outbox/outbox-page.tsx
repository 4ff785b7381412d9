import { Button, Code, SimpleGrid, Stack } from "@mantine/core";
import { useEffect, useRef, useState } from "react";
import { isApiError } from "#web/api-client.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import { useOutbox } from "./api/get-outbox.ts";
import { MessageReader } from "./components/message-reader.tsx";
import { OutboxTable } from "./components/outbox-table.tsx";

const PAGE = 50;

function Outbox() {
  const [limit, setLimit] = useState(PAGE);
  const [selected, setSelected] = useState<string | null>(null);
  const outbox = useOutbox(limit);
  const items = outbox.data?.items ?? [];
  const reader = useRef<HTMLDivElement>(null);

  // On a narrow screen the reader is below the list: bring it into view.
  useEffect(() => {
    if (selected) reader.current?.scrollIntoView({ block: "nearest", behavior: "smooth" });
  }, [selected]);

  const disabled = outbox.isError && isApiError(outbox.error, 404) && outbox.error.problem.code === "outbox_disabled";

  return (
    <>
      <PageHeader
        title="Outbox"
        description="Without an SMTP server, Tandem writes every e-mail to a file instead of sending it. Here are the newest this workspace sent. Password resets are private to each person and not shown."
        actions={
          <Button variant="default" loading={outbox.isRefetching} disabled={outbox.isPending || disabled} onClick={() => void outbox.refetch()}>
            Refresh
          </Button>
        }
      />
      {outbox.isPending ? (
        <PageLoader label="Loading the outbox…" />
      ) : disabled ? (
        <PageEmpty
          title="E-mail is sent through SMTP"
          description="This install has SMTP_URL set, so e-mails leave through the mail server and no copies are kept here."
        />
      ) : outbox.isError && items.length === 0 ? (
        <PageError error={outbox.error} onRetry={() => void outbox.refetch()} />
      ) : items.length === 0 ? (
        <PageEmpty
          title="No e-mails yet"
          description={
            <>
              Invitations and notifications this workspace sends show up here once written. To send them for real, set{" "}
              <Code>SMTP_URL</Code> (smtp:// or smtps://) and restart Tandem.
            </>
          }
        />
      ) : (
        <SimpleGrid cols={{ base: 1, xl: selected ? 2 : 1 }} spacing="lg">
          <Stack gap={0}>
            <OutboxTable messages={items} selected={selected} onOpen={setSelected} />
            <LoadMore hasMore={(outbox.data?.more ?? false) && limit < 200} loading={outbox.isFetching} onLoad={() => setLimit((current) => Math.min(current + PAGE, 200))} />
          </Stack>
          {selected && (
            <div ref={reader}>
              <MessageReader name={selected} onClose={() => setSelected(null)} />
            </div>
          )}
        </SimpleGrid>
      )}
    </>
  );
}

export function OutboxPage() {
  return (
    <RequireCapability capability="outbox.read">
      <Outbox />
    </RequireCapability>
  );
}
