import { Alert, Button, Center, EmptyState, Group, Loader, Stack, Text, Title } from "@mantine/core";
import type { ReactNode } from "react";
import { Link } from "react-router";
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

/** A record that does not exist, or an address whose id cannot be one (the API refuses the path itself). */
export function isMissingRecord(error: unknown): boolean {
  if (isApiError(error, 404)) return true;
  const errors = isApiError(error, 400) ? (error.problem.errors ?? []) : [];
  return errors.length > 0 && errors.every((issue) => issue.path.startsWith("params."));
}

/** A page the member's roles do not open: a page of its own, with a heading and the way home. */
export function NotAvailable({ message }: { message: string }) {
  return <NotFound title="Not available" message={message} />;
}

/** The page for an address that leads nowhere: what happened, and the way home. */
export function NotFound({ title = "Page not found", message = "There is nothing at this address. It may have been deleted, or the link may be mistyped." }: { title?: string; message?: string }) {
  return (
    <Stack align="flex-start" gap="sm" py="md">
      <Title order={1} size="h2">
        {title}
      </Title>
      <Text>{message}</Text>
      <Button component={Link} to="/">
        Go to the home page
      </Button>
    </Stack>
  );
}

export function PageError({ title, error, message, onRetry }: PageErrorProps) {
  // Asking again will not make a missing record appear: say so, and lead home.
  if (isMissingRecord(error)) return <NotFound title="Not found" />;
  return (
    <Alert color="red" title={title ?? "Could not load this"} role="alert" variant="light">
      <Stack gap="sm" align="flex-start">
        <span>{message ?? errorMessage(error)}</span>
        {onRetry && (
          <Button size="xs" variant="white" color="red" onClick={onRetry}>
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
