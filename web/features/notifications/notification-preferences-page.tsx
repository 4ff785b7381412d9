import { Anchor, Paper } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { Link } from "react-router";
import { PageHeader } from "#web/components/page-header.tsx";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { usePreferences } from "./api/get-preferences.ts";
import { useUpdatePreferences } from "./api/update-preferences.ts";
import { PreferencesForm } from "./components/preferences-form.tsx";

export function NotificationPreferencesPage() {
  const preferences = usePreferences();
  const update = useUpdatePreferences();

  return (
    <>
      <PageHeader
        title="Notification preferences"
        description={
          <>
            For each kind of notification: in the app only, also by e-mail, also in a daily digest e-mail, or not at all.{" "}
            <Anchor component={Link} to="/notifications">
              Back to your notifications
            </Anchor>
          </>
        }
      />
      {preferences.isPending ? (
        <PageLoader label="Loading your preferences…" />
      ) : preferences.isError ? (
        <PageError error={preferences.error} onRetry={() => void preferences.refetch()} />
      ) : (
        <Paper withBorder p="md">
          <PreferencesForm
            preferences={preferences.data.items}
            saving={update.isPending}
            error={update.error}
            onSave={(choices) =>
              update.mutate(
                { preferences: choices },
                { onSuccess: () => notifications.show({ color: "teal", message: "Your notification preferences were saved." }) },
              )
            }
          />
        </Paper>
      )}
    </>
  );
}
