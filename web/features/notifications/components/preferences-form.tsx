import { Alert, Button, Group, Select, Stack } from "@mantine/core";
import { useState, type FormEvent } from "react";
import { NOTIFICATION_CHANNEL_LABELS, NOTIFICATION_CHANNELS, type NotificationChannel, type NotificationKind, type NotificationPreference } from "#shared/contracts/notifications.ts";
import { errorMessage } from "#web/api-client.ts";

function optionsFor(preference: NotificationPreference) {
  return NOTIFICATION_CHANNELS.map((channel) => ({
    value: channel,
    label: channel === preference.defaultChannel ? `${NOTIFICATION_CHANNEL_LABELS[channel]} (default)` : NOTIFICATION_CHANNEL_LABELS[channel],
  }));
}

interface PreferencesFormProps {
  preferences: NotificationPreference[];
  saving: boolean;
  error: unknown;
  onSave: (choices: { kind: NotificationKind; channel: NotificationChannel }[]) => void;
}

export function PreferencesForm({ preferences, saving, error, onSave }: PreferencesFormProps) {
  const [choices, setChoices] = useState<Partial<Record<NotificationKind, NotificationChannel>>>({});
  const channelOf = (preference: NotificationPreference) => choices[preference.kind] ?? preference.channel;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSave(preferences.map((preference) => ({ kind: preference.kind, channel: channelOf(preference) })));
  };

  return (
    <form onSubmit={submit} aria-label="Notification preferences" noValidate>
      <Stack gap="lg">
        {preferences.map((preference) => (
          <Select
            key={preference.kind}
            label={preference.label}
            description={preference.description}
            data={optionsFor(preference)}
            value={channelOf(preference)}
            onChange={(value) => value && setChoices((current) => ({ ...current, [preference.kind]: value as NotificationChannel }))}
            allowDeselect={false}
            maw={420}
          />
        ))}
        {error != null && (
          <Alert color="red" role="alert" variant="light" title="Could not save">
            {errorMessage(error)}
          </Alert>
        )}
        <Group>
          <Button type="submit" loading={saving}>
            Save
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
