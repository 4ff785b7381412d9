import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { SignInSchema, type Session } from "#shared/contracts/auth.ts";
import { errorMessage } from "#web/api-client.ts";
import { submitForm } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useSignIn } from "../api/sign-in.ts";

export function SignInForm({ onSignedIn }: { onSignedIn: (session: Session) => void }) {
  const form = useFormState({ email: "", password: "" });
  const signIn = useSignIn();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitForm(SignInSchema, form.values, form.setErrors, (input, showServerErrors) =>
      signIn.mutate(input, { onSuccess: onSignedIn, onError: showServerErrors }),
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {signIn.isError && (
          <Alert color="red" role="alert">
            {errorMessage(signIn.error)}
          </Alert>
        )}
        <TextInput
          label="E-mail"
          type="email"
          autoComplete="email"
          required
          value={form.values.email}
          onChange={(event) => form.set("email", event.currentTarget.value)}
          error={form.errors.email}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          value={form.values.password}
          onChange={(event) => form.set("password", event.currentTarget.value)}
          error={form.errors.password}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
