import { Alert, Button, Group, List, Paper, Stack, Switch, Text, Title } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { UpdateSettingsSchema, type Settings } from "#shared/contracts/settings.ts";
import { errorMessage, isApiError } from "#web/api-client.ts";
import { submitForm, unplacedErrors, type FieldErrors } from "#web/components/form-errors.ts";
import { formatDateTime } from "#web/components/format.ts";
import { settingsQueryOptions } from "../api/get-settings.ts";
import { useUpdateSettings } from "../api/update-settings.ts";
import { ClarityFields, type ClarityDraft } from "./clarity-fields.tsx";
import { SessionFields } from "./session-fields.tsx";
import { TrainingFields, type TrainingDraft } from "./training-fields.tsx";

const FIELDS = ["allowPrivateWebhookTargets", "sessionIdleMinutes", "clarity.maxGrade", "clarity.minReadingEase", "clarity.maxAverageSentenceLength", "clarity.wordBudget", "training.expiringDays", "training.onboardingDueDays"];

/** An emptied input is sent as it is, so the contract names the field. */
const numbersOf = (draft: ClarityDraft | TrainingDraft) =>
  Object.fromEntries(Object.entries(draft).map(([key, value]) => [key, value === "" ? undefined : Number(value)]));

/** Mounted once the settings have loaded; saving sends the version the switch was set against. */
export function SettingsForm({ settings }: { settings: Settings }) {
  // The settings the edits are based on: saving against a newer version is a conflict.
  const [base, setBase] = useState(settings);
  const [allowPrivate, setAllowPrivate] = useState(settings.allowPrivateWebhookTargets);
  const [clarity, setClarity] = useState<ClarityDraft>(settings.clarity);
  const [idleMinutes, setIdleMinutes] = useState(settings.sessionIdleMinutes);
  const [training, setTraining] = useState<TrainingDraft>(settings.training);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [reloading, setReloading] = useState(false);
  const update = useUpdateSettings();
  const queryClient = useQueryClient();
  const conflict = isApiError(update.error, 409) && update.error.problem.code === "stale_version";
  const webhooksChanged = allowPrivate !== base.allowPrivateWebhookTargets;
  const clarityChanged = JSON.stringify(numbersOf(clarity)) !== JSON.stringify(numbersOf(base.clarity));
  const idleChanged = idleMinutes !== base.sessionIdleMinutes;
  const trainingChanged = JSON.stringify(numbersOf(training)) !== JSON.stringify(numbersOf(base.training));
  const changed = webhooksChanged || clarityChanged || idleChanged || trainingChanged;
  const show = (shown: Settings) => {
    setAllowPrivate(shown.allowPrivateWebhookTargets);
    setClarity(shown.clarity);
    setIdleMinutes(shown.sessionIdleMinutes);
    setTraining(shown.training);
  };
  const discard = () => {
    show(base);
    setErrors({});
  };
  const unplaced = unplacedErrors(errors, (path) => FIELDS.includes(path));

  const reload = async () => {
    setReloading(true);
    try {
      const fresh = await queryClient.fetchQuery({ ...settingsQueryOptions(), staleTime: 0 });
      setBase(fresh);
      show(fresh);
      setErrors({});
      update.reset();
    } finally {
      setReloading(false);
    }
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!changed) return;
    const values = {
      version: base.version,
      ...(webhooksChanged ? { allowPrivateWebhookTargets: allowPrivate } : {}),
      ...(clarityChanged ? { clarity: numbersOf(clarity) } : {}),
      ...(idleChanged ? { sessionIdleMinutes: idleMinutes } : {}),
      ...(trainingChanged ? { training: numbersOf(training) } : {}),
    };
    submitForm(UpdateSettingsSchema, values, setErrors, (input, showServerErrors) => {
      setErrors({});
      update.mutate(input, {
        onSuccess: (saved) => {
          setBase(saved);
          show(saved);
          notifications.show({
            color: "teal",
            message: !webhooksChanged
              ? "Settings saved."
              : saved.allowPrivateWebhookTargets
                ? "Settings saved: webhooks may now call private and loopback addresses."
                : "Settings saved: webhooks to private and loopback addresses are refused.",
          });
        },
        onError: showServerErrors,
      });
    });
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Workspace settings">
      <Stack gap="lg">
        {conflict ? (
          <Alert color="orange" role="alert" title="The settings were changed by someone else — reload" data-form-banner tabIndex={-1}>
            <Stack gap="xs" align="flex-start">
              <span>Reloading shows the current settings; your change here is discarded, and you can make it again.</span>
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

        <Paper withBorder p="md" component="section" aria-labelledby="settings-webhooks-title">
          <Title order={2} size="h4" mb="xs" id="settings-webhooks-title">
            Webhooks
          </Title>
          <Stack gap="sm">
            <Switch
              label="Allow webhooks to call private and loopback addresses"
              description="Off by default. Turn it on only when a webhook receiver runs on your own network (an intranet address such as 10.0.0.5 or a host name that resolves to one)."
              checked={allowPrivate}
              onChange={(event) => setAllowPrivate(event.currentTarget.checked)}
              error={errors.allowPrivateWebhookTargets}
              size="md"
            />
            <Text size="sm" c="dimmed">
              Tandem calls webhook URLs from its own server. While this is off, it refuses URLs that point at private networks, loopback
              (localhost, 127.0.0.1) and link-local addresses, so a webhook cannot be used to reach services that are only meant to be
              reachable from inside (server-side request forgery, SSRF) — such as cloud metadata endpoints, databases or admin consoles.
            </Text>
            {allowPrivate && !base.allowPrivateWebhookTargets && (
              <Alert color="yellow" variant="light" title="Only for an intranet receiver">
                Once saved, any admin can point a webhook at machines inside your network, including this server itself. Turn it off again
                when you no longer need it.
              </Alert>
            )}
          </Stack>
        </Paper>

        <ClarityFields values={clarity} onChange={setClarity} errors={errors} />

        <SessionFields idleMinutes={idleMinutes} onChange={setIdleMinutes} error={errors.sessionIdleMinutes} />

        <TrainingFields values={training} onChange={setTraining} errors={errors} />

        <Group gap="sm" align="center">
          <Button type="submit" loading={update.isPending} disabled={!changed || conflict}>
            Save settings
          </Button>
          {changed && !update.isPending && (
            <Button variant="default" onClick={discard}>
              Discard changes
            </Button>
          )}
          <Text size="sm" c="dimmed">
            {base.updatedAt ? `Last changed ${formatDateTime(base.updatedAt)}.` : "Never changed: the defaults apply."}
          </Text>
        </Group>
      </Stack>
    </form>
  );
}
