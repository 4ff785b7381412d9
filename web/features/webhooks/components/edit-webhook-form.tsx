import { Alert, Button, Group, List, Stack, Switch } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { UpdateWebhookSchema, type UpdateWebhookInput, type Webhook } from "#shared/contracts/webhooks.ts";
import { errorMessage, isApiError } from "#web/api-client.ts";
import { focusFirstError, submitForm, unplacedErrors, withoutError, type FieldErrors } from "#web/components/form-errors.ts";
import { webhookQueryOptions } from "../api/get-webhook.ts";
import { useUpdateWebhook } from "../api/update-webhook.ts";
import { WEBHOOK_FIELDS, WebhookFields, type WebhookFieldValues } from "./webhook-fields.tsx";

interface Draft extends WebhookFieldValues {
  active: boolean;
}

const draftOf = (webhook: Webhook): Draft => ({
  url: webhook.url,
  description: webhook.description,
  eventTypes: [...webhook.eventTypes],
  active: webhook.active,
});

const sameDraft = (a: Draft, b: Draft) => JSON.stringify(a) === JSON.stringify(b);

/**
 * Edits start from `base`, the version they are saved against. A newer webhook
 * arriving in the cache (a rotated secret, say) is taken over when it leaves the
 * edited fields as they were, or when nothing was edited yet; otherwise saving
 * meets the conflict and the person chooses to reload.
 */
export function EditWebhookForm({ webhook }: { webhook: Webhook }) {
  const [seen, setSeen] = useState(webhook);
  const [base, setBase] = useState(webhook);
  const [draft, setDraft] = useState(() => draftOf(webhook));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [reloading, setReloading] = useState(false);
  const update = useUpdateWebhook(webhook.id);
  const queryClient = useQueryClient();
  const conflict = isApiError(update.error, 409) && update.error.problem.code === "stale_version";
  const edited = !sameDraft(draft, draftOf(base));
  const unplaced = unplacedErrors(errors, (path) => [...WEBHOOK_FIELDS, "active"].some((field) => path === field || path.startsWith(`${field}.`)));

  if (webhook !== seen) {
    setSeen(webhook);
    if (sameDraft(draftOf(webhook), draftOf(base))) setBase(webhook);
    else if (!edited) {
      setBase(webhook);
      setDraft(draftOf(webhook));
    }
  }

  const set = <K extends keyof Draft>(key: K, value: Draft[K]) => {
    setDraft((current) => ({ ...current, [key]: value }));
    setErrors((current) => withoutError(current, key));
  };

  const setField = <K extends keyof WebhookFieldValues>(key: K, value: WebhookFieldValues[K]) => set(key, value as Draft[K]);

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...webhookQueryOptions(webhook.id), staleTime: 0 });
      setBase(fresh);
      setDraft(draftOf(fresh));
      setErrors({});
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { ...draft, eventTypes: draft.eventTypes as Webhook["eventTypes"], version: base.version };
    submitForm(UpdateWebhookSchema, values, setErrors, (input, showServerErrors) => {
      setErrors({});
      // Send only what changed: the audit log then names the fields that really did.
      const { version, ...fields } = input;
      const loaded: Record<string, unknown> = { ...draftOf(base) };
      const changed = Object.fromEntries(Object.entries(fields).filter(([key, value]) => JSON.stringify(value) !== JSON.stringify(loaded[key])));
      if (Object.keys(changed).length === 0) {
        setDraft(draftOf(base));
        notifications.show({ message: "Nothing changed, so nothing was saved." });
        return;
      }
      update.mutate({ version, ...changed } as UpdateWebhookInput, {
        onSuccess: (saved) => {
          setBase(saved);
          setDraft(draftOf(saved));
          notifications.show({ color: "teal", message: "The webhook was saved." });
        },
        onError: (error) => {
          showServerErrors(error);
          focusFirstError();
        },
      });
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Edit the webhook">
      <Stack gap="sm">
        {conflict ? (
          <Alert color="orange" role="alert" title="This webhook was changed by someone else — reload" data-form-banner tabIndex={-1}>
            <Stack gap="xs" align="flex-start">
              <span>Reloading shows the current webhook; your unsaved edits here are discarded.</span>
              <Button size="xs" color="orange" loading={reloading} onClick={() => void reload()}>
                Reload
              </Button>
            </Stack>
          </Alert>
        ) : update.isError ? (
          <Alert color="red" role="alert" title="Not saved" data-form-banner tabIndex={-1}>
            {errorMessage(update.error)}
            {unplaced.length > 0 && (
              <List size="sm" mt="xs">
                {unplaced.map((message) => (
                  <List.Item key={message}>{message}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        ) : null}
        <Stack gap="sm" maw={720}>
          <WebhookFields idPrefix="edit-webhook" values={draft} errors={errors} onChange={setField} />
        </Stack>
        <Switch
          label="Active"
          description="A paused webhook receives nothing; events that happen while it is paused are not sent later."
          checked={draft.active}
          onChange={(event) => set("active", event.currentTarget.checked)}
          error={errors.active}
        />
        <Group gap="sm">
          <Button type="submit" loading={update.isPending} disabled={conflict}>
            Save changes
          </Button>
          {edited && !update.isPending && (
            <Button
              variant="default"
              onClick={() => {
                setDraft(draftOf(base));
                setErrors({});
                update.reset();
              }}
            >
              Discard changes
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
