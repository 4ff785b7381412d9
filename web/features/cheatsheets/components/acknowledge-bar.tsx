import { Button, Group, Paper, Text, ThemeIcon } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { errorMessage } from "#web/api-client.ts";
import { formatDate } from "#web/components/format.ts";
import { useAcknowledgeCheatSheet } from "../api/acknowledge-cheatsheet.ts";

/** "I've read this" for the current published version; a new version asks again. */
export function AcknowledgeBar({ sheet }: { sheet: CheatSheet }) {
  const acknowledge = useAcknowledgeCheatSheet(sheet.id);
  if (!sheet.published || sheet.status !== "published") return null;

  return (
    <Paper withBorder p="sm" data-print-hide aria-live="polite">
      {sheet.acknowledged ? (
        <Group gap="xs">
          <ThemeIcon color="teal" radius="xl" size="md" variant="light" aria-hidden>
            ✓
          </ThemeIcon>
          <Text fw={500}>
            Acknowledged version {sheet.acknowledgedVersion ?? sheet.publishedVersion}
            {sheet.acknowledgedAt ? ` on ${formatDate(sheet.acknowledgedAt)}` : ""}
          </Text>
        </Group>
      ) : (
        <Group justify="space-between" gap="sm">
          <Text>
            {sheet.acknowledgedVersion !== null
              ? `You acknowledged version ${sheet.acknowledgedVersion}. Version ${sheet.publishedVersion} changed it: read it again and acknowledge.`
              : sheet.readState === "updated"
                ? `This sheet changed. Read version ${sheet.publishedVersion}, then confirm it.`
                : `Read it through, then confirm so your manager knows you are up to date.`}
          </Text>
          <Button
            loading={acknowledge.isPending}
            onClick={() =>
              acknowledge.mutate(undefined, {
                onSuccess: () => notifications.show({ color: "teal", message: "Thanks — acknowledged." }),
                onError: (error) => notifications.show({ color: "red", title: "Not acknowledged", message: errorMessage(error) }),
              })
            }
          >
            I've read this
          </Button>
        </Group>
      )}
    </Paper>
  );
}
