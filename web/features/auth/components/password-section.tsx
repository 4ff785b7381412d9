import { Alert, Button, Paper, Text, Title } from "@mantine/core";
import { errorMessage } from "#web/api-client.ts";
import { focusOnMount } from "#web/components/focus.ts";
import { useRequestPasswordReset } from "../api/request-password-reset.ts";

/** A new password goes through the same e-mailed link as a forgotten one, so a borrowed session cannot change it. */
export function PasswordSection({ email }: { email: string }) {
  const request = useRequestPasswordReset();
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="account-password-title">
      <Title order={2} size="h4" mb="xs" id="account-password-title">
        Password
      </Title>
      <Text size="sm" mb="sm">
        To change your password, we e-mail a link to {email}. Setting the new password signs you out everywhere.
      </Text>
      {request.isSuccess ? (
        <Alert color="teal" role="status" tabIndex={-1} ref={focusOnMount}>
          The link is on its way to {email}. It works for an hour, once.
        </Alert>
      ) : (
        <>
          {request.isError && (
            <Alert color="red" role="alert" mb="sm">
              {errorMessage(request.error)}
            </Alert>
          )}
          <Button variant="default" loading={request.isPending} onClick={() => request.mutate({ email })}>
            E-mail me a link to change it
          </Button>
        </>
      )}
    </Paper>
  );
}
