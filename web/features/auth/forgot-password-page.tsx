import { Alert, Anchor, Button, Stack, Text, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { Link, useSearchParams } from "react-router";
import { PasswordResetRequestSchema } from "#shared/contracts/auth.ts";
import { errorMessage } from "#web/api-client.ts";
import { AuthFrame } from "#web/components/auth-frame.tsx";
import { focusOnMount } from "#web/components/focus.ts";
import { submitForm } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useRequestPasswordReset } from "./api/request-password-reset.ts";

/** "Forgot password?": asks for an e-mailed link, and says the same whether or not the e-mail has an account. */
export function ForgotPasswordPage() {
  const [params] = useSearchParams();
  const form = useFormState({ email: params.get("email") ?? "" });
  const request = useRequestPasswordReset();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitForm(PasswordResetRequestSchema, form.values, form.setErrors, (input, showServerErrors) =>
      request.mutate(input, { onError: showServerErrors }),
    );
  };

  return (
    <AuthFrame title="Reset your password" subtitle="We e-mail you a link to choose a new one.">
      {request.isSuccess ? (
        <Stack>
          <Alert color="teal" role="status" title="Check your e-mail" tabIndex={-1} ref={focusOnMount}>
            {request.data.detail}
          </Alert>
          <Text size="sm">
            Nothing after a few minutes? Look in the spam folder, check the address, or{" "}
            <Anchor component="button" type="button" onClick={() => request.reset()}>
              ask again
            </Anchor>
            .
          </Text>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            {request.isError && (
              <Alert color="red" role="alert">
                {errorMessage(request.error)}
              </Alert>
            )}
            <TextInput
              label="E-mail"
              description="The address you sign in with."
              type="email"
              autoComplete="email"
              required
              value={form.values.email}
              onChange={(event) => form.set("email", event.currentTarget.value)}
              error={form.errors.email}
            />
            <Button type="submit" loading={request.isPending} fullWidth>
              E-mail me a link
            </Button>
          </Stack>
        </form>
      )}
      <Text size="sm" ta="center" mt="md">
        Remembered it?{" "}
        <Anchor component={Link} to="/signin">
          Sign in
        </Anchor>
      </Text>
    </AuthFrame>
  );
}
