import { Alert, Button, Group, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { errorMessage } from "#web/api-client.ts";
import { formatDate } from "#web/components/format.ts";
import { useVerifyCheatSheet } from "../api/verify-cheatsheet.ts";

/** A published sheet past its verification date: readers are warned, writers re-verify in one click. */
export function StaleBanner({ sheet, canVerify }: { sheet: CheatSheet; canVerify: boolean }) {
  const verify = useVerifyCheatSheet(sheet.id);
  if (!sheet.stale) return null;
  return (
    <Alert color="orange" variant="light" title="This cheat sheet is stale" data-print-hide>
      <Group justify="space-between" gap="sm">
        <Text size="sm">
          It was due for re-verification on {formatDate(sheet.verifyDueAt)}
          {sheet.verifiedAt ? ` (last verified ${formatDate(sheet.verifiedAt)}${sheet.verifiedBy ? ` by ${sheet.verifiedBy.name}` : ""})` : ""}.{" "}
          {canVerify ? "Check it still holds, then re-verify." : "Check with the project team before you rely on it."}
        </Text>
        {canVerify && (
          <Button
            size="xs"
            color="orange"
            loading={verify.isPending}
            onClick={() =>
              verify.mutate(
                { version: sheet.version },
                {
                  onSuccess: () => notifications.show({ color: "teal", message: "Re-verified: the sheet is trusted again." }),
                  onError: (error) => notifications.show({ color: "red", title: "Not re-verified", message: errorMessage(error) }),
                },
              )
            }
          >
            Re-verify
          </Button>
        )}
      </Group>
    </Alert>
  );
}
