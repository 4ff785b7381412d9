import { Alert, Button, Stack } from "@mantine/core";
import { useState } from "react";
import { errorMessage, isApiError } from "#web/api-client.ts";

interface SaveBannerProps {
  /** The failed save, if any. */
  error: unknown;
  /** "cheat sheet", "service": what someone else changed. */
  what: string;
  /** What reloading does to the person's edits. */
  advice: string;
  /** Loads the current version in place of the edited one. */
  onReload: () => Promise<void>;
}

/** Why a save failed above an edit form: someone else's newer version (with a reload), or any other problem. */
export function SaveBanner({ error, what, advice, onReload }: SaveBannerProps) {
  const [reloading, setReloading] = useState(false);
  if (!error) return null;
  if (isApiError(error, 409) && error.problem.code === "stale_version") {
    const reload = async () => {
      setReloading(true);
      try {
        await onReload();
      } finally {
        setReloading(false);
      }
    };
    return (
      <Alert color="orange" role="alert" title={`Someone else changed this ${what} — reload`}>
        <Stack gap="xs" align="flex-start">
          <span>{advice}</span>
          <Button size="xs" color="orange" loading={reloading} onClick={() => void reload()}>
            Reload
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <Alert color="red" role="alert" title="Not saved">
      {errorMessage(error)}
    </Alert>
  );
}
