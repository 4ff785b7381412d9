import { Paper, Select, Text, Title } from "@mantine/core";

const HOUR = 60;
const DAY = 24 * HOUR;
const CHOICES = [
  { minutes: 15, label: "15 minutes" },
  { minutes: HOUR, label: "1 hour" },
  { minutes: 8 * HOUR, label: "8 hours (a working day)" },
  { minutes: DAY, label: "1 day" },
  { minutes: 3 * DAY, label: "3 days (default)" },
  { minutes: 7 * DAY, label: "7 days" },
  { minutes: 14 * DAY, label: "14 days" },
  { minutes: 30 * DAY, label: "30 days" },
];

/** A value set through the API that is not one of the choices is still shown as it is. */
function optionsFor(current: number) {
  const options = CHOICES.map((choice) => ({ value: String(choice.minutes), label: choice.label }));
  if (!CHOICES.some((choice) => choice.minutes === current)) options.push({ value: String(current), label: `${current} minutes` });
  return options;
}

interface SessionFieldsProps {
  idleMinutes: number;
  onChange: (minutes: number) => void;
  error?: string;
}

/** How long a signed-in browser may sit unused before its session ends. */
export function SessionFields({ idleMinutes, onChange, error }: SessionFieldsProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="settings-sessions-title">
      <Title order={2} size="h4" mb="xs" id="settings-sessions-title">
        Sign-in
      </Title>
      <Select
        label="Sign out after this long without use"
        description="For everyone signed in to this workspace, from their next request. Shorter is safer on shared computers."
        data={optionsFor(idleMinutes)}
        value={String(idleMinutes)}
        onChange={(value) => value && onChange(Number(value))}
        allowDeselect={false}
        error={error}
        maw={360}
      />
      <Text size="sm" c="dimmed" mt="xs">
        Whatever is chosen here, a session also ends a fixed time after signing in (14 days unless the server is set otherwise). API
        tokens are not affected: they work until they expire or are revoked.
      </Text>
    </Paper>
  );
}
