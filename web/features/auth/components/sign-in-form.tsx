import { Alert, Anchor, Button, Group, Stack, TextInput } from "@mantine/core";
import { PasswordField } from "#web/components/password-field.tsx";
import type { FormEvent } from "react";
import { Link } from "react-router";
import { SignInSchema, type Session } from "#shared/contracts/auth.ts";
import { errorMessage } from "#web/api-client.ts";
import { submitForm } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useSignIn } from "../api/sign-in.ts";

interface SignInFormProps {
  initialEmail?: string;
  onSignedIn: (session: Session) => void;
}

export function SignInForm({ initialEmail = "", onSignedIn }: SignInFormProps) {
  const form = useFormState({ email: initialEmail, password: "" });
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
        <PasswordField
          label="Password"
          autoComplete="current-password"
          required
          value={form.values.password}
          onChange={(event) => form.set("password", event.currentTarget.value)}
          error={form.errors.password}
        />
        <Group justify="flex-end" mt={-8}>
          <Anchor component={Link} to={`/forgot-password${form.values.email ? `?email=${encodeURIComponent(form.values.email)}` : ""}`} size="sm">
            Forgot password?
          </Anchor>
        </Group>
        <Button type="submit" loading={signIn.isPending} fullWidth>
          Sign in
        </Button>
      </Stack>
    </form>
  );
}
