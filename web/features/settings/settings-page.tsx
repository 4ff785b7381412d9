import { PageHeader } from "#web/components/page-header.tsx";
import { PageError, PageLoader } from "#web/components/page-states.tsx";
import { RequireCapability } from "#web/components/session-context.tsx";
import { useSettings } from "./api/get-settings.ts";
import { SettingsForm } from "./components/settings-form.tsx";

function WorkspaceSettings() {
  const settings = useSettings();
  return (
    <>
      <PageHeader title="Settings" description="Settings of this workspace. Only administrators see and change them." />
      {settings.isPending ? (
        <PageLoader label="Loading the settings…" />
      ) : settings.isError ? (
        <PageError error={settings.error} onRetry={() => void settings.refetch()} />
      ) : (
        <SettingsForm settings={settings.data} />
      )}
    </>
  );
}

export function SettingsPage() {
  return (
    <RequireCapability capability="settings.update">
      <WorkspaceSettings />
    </RequireCapability>
  );
}
