import { Paper, Stack, Title } from "@mantine/core";
import { useState } from "react";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import type { WebhookWithSecret } from "./api/create-webhook.ts";
import { useWebhooks } from "./api/get-webhooks.ts";
import { CreateWebhookForm } from "./components/create-webhook-form.tsx";
import { SigningSecret } from "./components/signing-secret.tsx";
import { WebhookTable } from "./components/webhook-table.tsx";

function Webhooks() {
  const [created, setCreated] = useState<WebhookWithSecret | null>(null);
  const webhooks = useWebhooks();
  const items = webhooks.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeader
        title="Webhooks"
        description="Tandem POSTs events of this workspace to these URLs as they happen, signed with each webhook's secret."
      />
      <Stack gap="lg">
        <Paper withBorder p="md" component="section" aria-labelledby="add-webhook-title">
          <Title order={2} size="h4" mb="sm" id="add-webhook-title">
            Add webhook
          </Title>
          <CreateWebhookForm onCreated={setCreated} />
        </Paper>
        {created && <SigningSecret webhook={created} reason="created" withLink onDismiss={() => setCreated(null)} />}
        {webhooks.isPending ? (
          <PageLoader label="Loading webhooks…" />
        ) : webhooks.isError && items.length === 0 ? (
          <PageError error={webhooks.error} onRetry={() => void webhooks.refetch()} />
        ) : items.length === 0 ? (
          <PageEmpty title="No webhooks yet" description="Add one above to send this workspace's events to another system." />
        ) : (
          <div>
            <WebhookTable webhooks={items} />
            <LoadMore hasMore={webhooks.hasNextPage} loading={webhooks.isFetchingNextPage} onLoad={() => void webhooks.fetchNextPage()} />
          </div>
        )}
      </Stack>
    </>
  );
}

export function WebhooksPage() {
  return (
    <RequireCapability capability="webhooks.manage">
      <Webhooks />
    </RequireCapability>
  );
}
