import { Alert, Button, CopyButton, Group, Stack, Text, TextInput } from "@mantine/core";
import type { ReactNode } from "react";

interface OneTimeSecretProps {
  title: string;
  label: string;
  value: string;
  warning: string;
  onDismiss: () => void;
  /** More to know about the value (how to use it), shown under it. */
  children?: ReactNode;
}

/** A link or token the server shows only once: readable, selectable, copyable. */
export function OneTimeSecret({ title, label, value, warning, onDismiss, children }: OneTimeSecretProps) {
  return (
    <Alert color="yellow" title={title} variant="light" role="status">
      <Stack gap="sm">
        <Text size="sm">{warning}</Text>
        <TextInput label={label} value={value} readOnly onFocus={(event) => event.currentTarget.select()} styles={{ input: { fontFamily: "var(--mantine-font-family-monospace)" } }} />
        {children}
        <Group gap="sm">
          <CopyButton value={value} timeout={2000}>
            {({ copied, copy }) => (
              <Button color={copied ? "teal" : undefined} onClick={copy}>
                {copied ? "Copied" : "Copy"}
              </Button>
            )}
          </CopyButton>
          <Button variant="default" onClick={onDismiss}>
            Done
          </Button>
        </Group>
      </Stack>
    </Alert>
  );
}
