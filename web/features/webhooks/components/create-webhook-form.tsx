import { Alert, Button, Group, List, Stack } from "@mantine/core";
import type { FormEvent } from "react";
import { CreateWebhookSchema, type CreateWebhookInput } from "#shared/contracts/webhooks.ts";
import { errorMessage } from "#web/api-client.ts";
import { submitForm, unplacedErrors } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useCreateWebhook, type WebhookWithSecret } from "../api/create-webhook.ts";
import { WEBHOOK_FIELDS, WebhookFields, type WebhookFieldValues } from "./webhook-fields.tsx";

const EMPTY: WebhookFieldValues = { url: "", description: "", eventTypes: [] };

export function CreateWebhookForm({ onCreated }: { onCreated: (webhook: WebhookWithSecret) => void }) {
  const form = useFormState(EMPTY);
  const create = useCreateWebhook();
  const unplaced = unplacedErrors(form.errors, (path) => WEBHOOK_FIELDS.some((field) => path === field || path.startsWith(`${field}.`)));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { ...form.values, eventTypes: form.values.eventTypes as CreateWebhookInput["eventTypes"] };
    submitForm(CreateWebhookSchema, values, form.setErrors, (input, showServerErrors) =>
      create.mutate(input, {
        onSuccess: (webhook) => {
          form.reset(EMPTY);
          onCreated(webhook);
        },
        onError: showServerErrors,
      }),
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Add a webhook">
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" role="alert" data-form-banner tabIndex={-1}>
            {errorMessage(create.error)}
            {unplaced.length > 0 && (
              <List size="sm" mt="xs">
                {unplaced.map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Stack gap="sm" maw={720}>
          <WebhookFields idPrefix="new-webhook" values={form.values} errors={form.errors} onChange={form.set} />
        </Stack>
        <Group>
          <Button type="submit" loading={create.isPending}>
            Add webhook
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
