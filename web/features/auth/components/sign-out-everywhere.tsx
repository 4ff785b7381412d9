import { Button, Paper, Text, Title } from "@mantine/core";
import { useState } from "react";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { useSignOutEverywhere } from "../api/sign-out-everywhere.ts";

/** For a lost laptop or a shared computer left signed in. */
export function SignOutEverywhere() {
  const [confirming, setConfirming] = useState(false);
  const signOut = useSignOutEverywhere();

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="account-sessions-title">
      <Title order={2} size="h4" mb="xs" id="account-sessions-title">
        Sessions
      </Title>
      <Text size="sm" mb="sm">
        Signed in on a computer you no longer use, or lost a phone? End every session of yours — in every browser, on every device and
        in every workspace, this one included. You sign in again here afterwards.
      </Text>
      <Button variant="default" color="red" onClick={() => setConfirming(true)}>
        Sign out everywhere
      </Button>
      <ConfirmModal
        opened={confirming}
        title="Sign out everywhere?"
        confirmLabel="Sign out everywhere"
        danger
        loading={signOut.isPending}
        error={signOut.error}
        onConfirm={() => signOut.mutate()}
        onClose={() => {
          setConfirming(false);
          signOut.reset();
        }}
      >
        Every browser and device signed in as you is signed out, this one too. API tokens keep working; revoke them on the API tokens
        page if one may have leaked.
      </ConfirmModal>
    </Paper>
  );
}
