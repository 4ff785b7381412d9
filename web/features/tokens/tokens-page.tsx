import { Paper, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import type { ApiToken } from "#shared/contracts/tokens.ts";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { OneTimeSecret } from "#web/components/one-time-secret.tsx";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import type { CreatedApiToken } from "./api/create-token.ts";
import { useRevokeToken } from "./api/revoke-token.ts";
import { useTokens } from "./api/get-tokens.ts";
import { TokenForm } from "./components/token-form.tsx";
import { TokenTable } from "./components/token-table.tsx";

export function TokensPage() {
  const [created, setCreated] = useState<CreatedApiToken | null>(null);
  const [revoking, setRevoking] = useState<ApiToken | null>(null);
  const tokens = useTokens();
  const revoke = useRevokeToken();
  const items = tokens.data?.pages.flatMap((page) => page.items) ?? [];

  const closeRevoke = () => {
    revoke.reset();
    setRevoking(null);
  };
  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        notifications.show({ color: "teal", message: `The token “${revoking.name}” was revoked.` });
        closeRevoke();
      },
    });
  };

  return (
    <>
      <PageHeader
        title="API tokens"
        description="Your personal tokens for scripts and integrations. A token acts as you, in this workspace, with your roles."
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            New token
          </Title>
          <TokenForm onCreated={setCreated} />
        </Paper>
        {created && (
          <OneTimeSecret
            title={`Token “${created.name}” created`}
            label="API token"
            value={created.token}
            warning="Copy it now: it is shown only once and cannot be recovered. Send it as “Authorization: Bearer <token>”. Anyone holding it can act as you."
            onDismiss={() => setCreated(null)}
          />
        )}
        {tokens.isPending ? (
          <PageLoader label="Loading your tokens…" />
        ) : tokens.isError && items.length === 0 ? (
          <PageError error={tokens.error} onRetry={() => void tokens.refetch()} />
        ) : items.length === 0 ? (
          <PageEmpty title="No API tokens yet" description="Create one above to call the Tandem API from a script." />
        ) : (
          <div>
            <TokenTable tokens={items} onRevoke={setRevoking} />
            <LoadMore hasMore={tokens.hasNextPage} loading={tokens.isFetchingNextPage} onLoad={() => void tokens.fetchNextPage()} />
          </div>
        )}
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        onClose={closeRevoke}
        title="Revoke this token?"
        confirmLabel="Revoke"
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={confirmRevoke}
      >
        Scripts using “{revoking?.name}” stop working at once. This cannot be undone.
      </ConfirmModal>
    </>
  );
}
