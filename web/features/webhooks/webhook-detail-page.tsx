import { Anchor, Button, Code, Group, Paper, Stack, Text, Title } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import { useState, type ReactNode } from "react";
import { Link, useNavigate, useParams } from "react-router";
import type { Webhook } from "#shared/contracts/webhooks.ts";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { formatDateTime } from "#web/components/format.ts";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import type { WebhookWithSecret } from "./api/create-webhook.ts";
import { useDeleteWebhook } from "./api/delete-webhook.ts";
import { useWebhook } from "./api/get-webhook.ts";
import { useRotateWebhookSecret } from "./api/rotate-webhook-secret.ts";
import { DeliveryLog } from "./components/delivery-log.tsx";
import { EditWebhookForm } from "./components/edit-webhook-form.tsx";
import { SigningSecret } from "./components/signing-secret.tsx";
import { WebhookStateBadge } from "./components/webhook-state-badge.tsx";

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" mb="sm" id={id}>
        {title}
      </Title>
      {children}
    </Paper>
  );
}

/** The host names a webhook without a description better than its whole URL. */
function titleOf(webhook: Webhook): string {
  if (webhook.description) return webhook.description;
  try {
    return `Webhook to ${new URL(webhook.url).host}`;
  } catch {
    return "Webhook";
  }
}

function WebhookDetail({ webhook }: { webhook: Webhook }) {
  const [rotated, setRotated] = useState<WebhookWithSecret | null>(null);
  const [confirmingRotate, rotateModal] = useDisclosure(false);
  const [confirmingDelete, deleteModal] = useDisclosure(false);
  const rotate = useRotateWebhookSecret(webhook.id);
  const remove = useDeleteWebhook();
  const navigate = useNavigate();

  const closeRotate = () => {
    rotate.reset();
    rotateModal.close();
  };
  const confirmRotate = () =>
    rotate.mutate(undefined, {
      onSuccess: (result) => {
        setRotated(result);
        closeRotate();
      },
    });

  const closeDelete = () => {
    remove.reset();
    deleteModal.close();
  };
  const confirmDelete = () =>
    remove.mutate(webhook.id, {
      onSuccess: () => {
        notifications.show({ color: "teal", message: `The webhook to ${webhook.url} was deleted.` });
        void navigate("/webhooks", { replace: true });
      },
    });

  return (
    <>
      <PageHeader
        title={titleOf(webhook)}
        description={
          <Text span ff="monospace" fz="sm" style={{ overflowWrap: "anywhere" }}>
            {webhook.url}
          </Text>
        }
        actions={
          <>
            <WebhookStateBadge active={webhook.active} />
            {webhook.permissions.rotateSecret && (
              <Button variant="default" onClick={rotateModal.open}>
                Rotate secret
              </Button>
            )}
            {webhook.permissions.delete && (
              <Button variant="light" color="red" onClick={deleteModal.open}>
                Delete
              </Button>
            )}
          </>
        }
      />
      <Stack gap="lg">
        {rotated && <SigningSecret webhook={rotated} reason="rotated" onDismiss={() => setRotated(null)} />}
        <Section id="webhook-details-title" title="Details">
          <Group gap="lg" mb="md" wrap="wrap" style={{ rowGap: 4 }}>
            <Text size="sm">
              <Text span c="dimmed">
                Secret:{" "}
              </Text>
              <Code>{webhook.secretHint}</Code>
            </Text>
            <Text size="sm">
              <Text span c="dimmed">
                Created:{" "}
              </Text>
              {formatDateTime(webhook.createdAt)}
            </Text>
            <Text size="sm">
              <Text span c="dimmed">
                Last changed:{" "}
              </Text>
              {formatDateTime(webhook.updatedAt)}
            </Text>
          </Group>
          {webhook.permissions.update && <EditWebhookForm key={webhook.id} webhook={webhook} />}
        </Section>
        <Section id="webhook-deliveries-title" title="Delivery log">
          <DeliveryLog webhookId={webhook.id} />
        </Section>
      </Stack>

      <ConfirmModal
        opened={confirmingRotate}
        onClose={closeRotate}
        title="Rotate the signing secret?"
        confirmLabel="Rotate secret"
        danger
        loading={rotate.isPending}
        error={rotate.error}
        onConfirm={confirmRotate}
      >
        Tandem makes a new secret and shows it once. The current secret (<Code>{webhook.secretHint}</Code>) stops working at once: until the
        receiver has the new one, it will refuse deliveries.
      </ConfirmModal>
      <ConfirmModal
        opened={confirmingDelete}
        onClose={closeDelete}
        title="Delete this webhook?"
        confirmLabel="Delete webhook"
        danger
        loading={remove.isPending}
        error={remove.error}
        onConfirm={confirmDelete}
      >
        Events are no longer sent to <Code style={{ overflowWrap: "anywhere" }}>{webhook.url}</Code>, and its delivery log is deleted too. This
        cannot be undone.
      </ConfirmModal>
    </>
  );
}

function WebhookDetailLoader() {
  const { id = "" } = useParams();
  const webhook = useWebhook(id);
  return (
    <>
      <Anchor component={Link} to="/webhooks" size="sm" mb="xs" display="inline-block">
        ← All webhooks
      </Anchor>
      {webhook.isPending ? (
        <PageLoader label="Loading the webhook…" />
      ) : webhook.isError ? (
        <PageError error={webhook.error} onRetry={() => void webhook.refetch()} />
      ) : (
        <WebhookDetail key={id} webhook={webhook.data} />
      )}
    </>
  );
}

export function WebhookDetailPage() {
  return (
    <RequireCapability capability="webhooks.manage">
      <WebhookDetailLoader />
    </RequireCapability>
  );
}
