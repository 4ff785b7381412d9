import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { PasswordField } from "#web/components/password-field.tsx";
import type { FormEvent } from "react";
import { CompletePasswordResetSchema } from "#shared/contracts/auth.ts";
import { errorMessage } from "#web/api-client.ts";
import { focusFirstError, submitForm } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useResetPassword } from "../api/reset-password.ts";

interface ResetPasswordFormProps {
  token: string;
  email: string;
  onReset: () => void;
}

/** The new password, typed twice so a typo does not lock the person out again. */
export function ResetPasswordForm({ token, email, onReset }: ResetPasswordFormProps) {
  const form = useFormState({ password: "", repeat: "" });
  const reset = useResetPassword(token);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (form.values.password !== form.values.repeat) {
      form.setErrors({ repeat: "The two passwords differ." });
      return focusFirstError();
    }
    submitForm(CompletePasswordResetSchema, { password: form.values.password }, form.setErrors, (input, showServerErrors) =>
      reset.mutate(input, { onSuccess: onReset, onError: showServerErrors }),
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {reset.isError && (
          <Alert color="red" role="alert">
            {errorMessage(reset.error)}
          </Alert>
        )}
        {/* Lets a password manager store the new password under the right account. */}
        <TextInput label="E-mail" value={email} readOnly variant="filled" autoComplete="username" />
        <PasswordField
          label="New password"
          description="At least 10 characters."
          autoComplete="new-password"
          required
          value={form.values.password}
          onChange={(event) => form.set("password", event.currentTarget.value)}
          error={form.errors.password}
        />
        <PasswordField
          label="New password, again"
          autoComplete="new-password"
          required
          value={form.values.repeat}
          onChange={(event) => form.set("repeat", event.currentTarget.value)}
          error={form.errors.repeat}
        />
        <Button type="submit" loading={reset.isPending} fullWidth>
          Set the new password
        </Button>
      </Stack>
    </form>
  );
}
