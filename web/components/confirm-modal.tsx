import { Alert, Button, Group, Stack, Text } from "@mantine/core";
import { Dialog } from "./dialog.tsx";
import type { ReactNode } from "react";
import { errorMessage } from "#web/api-client.ts";

interface ConfirmModalProps {
  opened: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  /** Red for what cannot be undone. */
  danger?: boolean;
  loading?: boolean;
  error?: unknown;
  onConfirm: () => void;
  onClose: () => void;
}

export function ConfirmModal({ opened, title, children, confirmLabel, danger, loading, error, onConfirm, onClose }: ConfirmModalProps) {
  return (
    <Dialog opened={opened} onClose={onClose} title={title} centered closeButtonProps={{ "aria-label": "Close" }}>
      <Stack>
        <Text component="div">{children}</Text>
        {error ? (
          <Alert color="red" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : null}
        <Group justify="flex-end">
          {/* For what cannot be undone, Enter on the open dialog must not be the way to do it. */}
          <Button variant="default" onClick={onClose} disabled={loading} data-autofocus={danger || undefined}>
            Cancel
          </Button>
          <Button color={danger ? "red" : undefined} loading={loading} onClick={onConfirm} data-autofocus={!danger || undefined}>
            {confirmLabel}
          </Button>
        </Group>
      </Stack>
    </Dialog>
  );
}
