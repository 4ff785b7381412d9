import { Paper, Select, Stack, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { useState } from "react";
import type { Invitation } from "#shared/contracts/invitations.ts";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { OneTimeSecret } from "#web/components/one-time-secret.tsx";
import { PageHeader } from "#web/components/page-header.tsx";
import { LoadMore, PageEmpty, PageError, PageLoader } from "#web/components/page-states.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import type { CreatedInvitation } from "./api/create-invitation.ts";
import { invitationsQueryOptions, type InvitationStatus } from "./api/get-invitations.ts";
import { useRevokeInvitation } from "./api/revoke-invitation.ts";
import { InvitationTable } from "./components/invitation-table.tsx";
import { InviteForm } from "./components/invite-form.tsx";

const STATUS_OPTIONS = [
  { value: "pending", label: "Pending" },
  { value: "accepted", label: "Accepted" },
  { value: "revoked", label: "Revoked" },
  { value: "expired", label: "Expired" },
];

/** The server may answer with a path; a link to share needs the whole address. */
const absolute = (url: string) => new URL(url, window.location.origin).toString();

function Invitations() {
  const [status, setStatus] = useState<InvitationStatus | null>(null);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [revoking, setRevoking] = useState<Invitation | null>(null);
  const invitations = useInfiniteQuery({ ...invitationsQueryOptions(status ?? undefined), placeholderData: keepPreviousData });
  const revoke = useRevokeInvitation();
  const items = invitations.data?.pages.flatMap((page) => page.items) ?? [];

  const closeRevoke = () => {
    revoke.reset();
    setRevoking(null);
  };
  const confirmRevoke = () => {
    if (!revoking) return;
    revoke.mutate(revoking.id, {
      onSuccess: () => {
        notifications.show({ color: "teal", message: `The invitation of ${revoking.email} was revoked.` });
        closeRevoke();
      },
    });
  };

  return (
    <>
      <PageHeader title="Invitations" description="Invite people to this workspace. Each link works once and expires." />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Title order={2} size="h4" mb="sm">
            Invite a person
          </Title>
          <InviteForm onInvited={setCreated} />
        </Paper>
        {created && (
          <OneTimeSecret
            title={`Invitation for ${created.email} created`}
            label="Invitation link"
            value={absolute(created.acceptUrl)}
            warning="Send this link to the person. It is shown only now: copy it before you leave this page."
            onDismiss={() => setCreated(null)}
          />
        )}
        <div>
          <Select
            label="Status"
            placeholder="Any status"
            data={STATUS_OPTIONS}
            value={status}
            onChange={(value) => setStatus(value as InvitationStatus | null)}
            clearable
            maw={240}
            mb="md"
          />
          {invitations.isPending ? (
            <PageLoader label="Loading invitations…" />
          ) : invitations.isError && items.length === 0 ? (
            <PageError error={invitations.error} onRetry={() => void invitations.refetch()} />
          ) : items.length === 0 ? (
            <PageEmpty title={status ? "No invitations with this status" : "No invitations yet"} description="Invited people appear here until they join." />
          ) : (
            <>
              <InvitationTable invitations={items} onRevoke={setRevoking} />
              <LoadMore hasMore={invitations.hasNextPage} loading={invitations.isFetchingNextPage} onLoad={() => void invitations.fetchNextPage()} />
            </>
          )}
        </div>
      </Stack>
      <ConfirmModal
        opened={revoking !== null}
        onClose={closeRevoke}
        title="Revoke this invitation?"
        confirmLabel="Revoke"
        danger
        loading={revoke.isPending}
        error={revoke.error}
        onConfirm={confirmRevoke}
      >
        The link sent to {revoking?.email} stops working. You can invite them again later.
      </ConfirmModal>
    </>
  );
}

export function InvitationsPage() {
  return (
    <RequireCapability capability="invitations.manage">
      <Invitations />
    </RequireCapability>
  );
}
