import { Alert, Button, Center, EmptyState, Group, Loader, Stack } from "@mantine/core";
import type { ReactNode } from "react";
import { errorMessage, isApiError } from "#web/api-client.ts";

export function PageLoader({ label = "Loading…" }: { label?: string }) {
  return (
    <Center py="xl" role="status" aria-live="polite">
      <Stack align="center" gap="xs">
        <Loader aria-hidden />
        <span>{label}</span>
      </Stack>
    </Center>
  );
}

interface PageErrorProps {
  title?: string;
  /** The error thrown by a query; its problem's detail is shown. */
  error?: unknown;
  message?: string;
  onRetry?: () => void;
}

export function PageError({ title, error, message, onRetry }: PageErrorProps) {
  // Asking again will not make a missing record appear.
  const missing = isApiError(error, 404);
  const retry = missing ? undefined : onRetry;
  return (
    <Alert color="red" title={title ?? (missing ? "Not found" : "Could not load this")} role="alert" variant="light">
      <Stack gap="sm" align="flex-start">
        <span>{message ?? errorMessage(error)}</span>
        {retry && (
          <Button size="xs" variant="white" color="red" onClick={retry}>
            Retry
          </Button>
        )}
      </Stack>
    </Alert>
  );
}

interface PageEmptyProps {
  title: string;
  description?: ReactNode;
  action?: ReactNode;
}

export function PageEmpty({ title, description, action }: PageEmptyProps) {
  return (
    <EmptyState title={title} description={description} py="xl">
      {action && <EmptyState.Actions>{action}</EmptyState.Actions>}
    </EmptyState>
  );
}

/** "Load more" under a cursor-paginated list. */
export function LoadMore({ hasMore, loading, onLoad }: { hasMore: boolean; loading: boolean; onLoad: () => void }) {
  if (!hasMore) return null;
  return (
    <Group justify="center" mt="md">
      <Button variant="default" loading={loading} onClick={onLoad}>
        Load more
      </Button>
    </Group>
  );
}
