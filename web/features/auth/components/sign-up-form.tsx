import { Alert, Button, Stack, TextInput } from "@mantine/core";
import { PasswordField } from "#web/components/password-field.tsx";
import { useState, type FormEvent } from "react";
import { SignUpSchema, type Session } from "#shared/contracts/auth.ts";
import { errorMessage } from "#web/api-client.ts";
import { submitForm } from "#web/components/form-errors.ts";
import { slugify } from "#web/components/format.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useSignUp } from "../api/sign-up.ts";

export function SignUpForm({ onSignedUp }: { onSignedUp: (session: Session) => void }) {
  const form = useFormState({ workspaceName: "", workspaceSlug: "", name: "", email: "", password: "" });
  // The slug follows the workspace name until someone edits it by hand.
  const [slugEdited, setSlugEdited] = useState(false);
  const signUp = useSignUp();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitForm(SignUpSchema, form.values, form.setErrors, (input, showServerErrors) =>
      signUp.mutate(input, { onSuccess: onSignedUp, onError: showServerErrors }),
    );
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {signUp.isError && (
          <Alert color="red" role="alert">
            {errorMessage(signUp.error)}
          </Alert>
        )}
        <TextInput
          label="Workspace name"
          description="Usually your company's name."
          required
          value={form.values.workspaceName}
          onChange={(event) => {
            const name = event.currentTarget.value;
            form.set("workspaceName", name);
            if (!slugEdited) form.set("workspaceSlug", slugify(name));
          }}
          error={form.errors.workspaceName}
        />
        <TextInput
          label="Workspace address"
          description="Lowercase letters, digits and hyphens."
          required
          value={form.values.workspaceSlug}
          onChange={(event) => {
            setSlugEdited(true);
            form.set("workspaceSlug", event.currentTarget.value);
          }}
          error={form.errors.workspaceSlug}
        />
        <TextInput
          label="Your name"
          autoComplete="name"
          required
          value={form.values.name}
          onChange={(event) => form.set("name", event.currentTarget.value)}
          error={form.errors.name}
        />
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
          description="At least 10 characters."
          autoComplete="new-password"
          required
          value={form.values.password}
          onChange={(event) => form.set("password", event.currentTarget.value)}
          error={form.errors.password}
        />
        <Button type="submit" loading={signUp.isPending} fullWidth>
          Create workspace
        </Button>
      </Stack>
    </form>
  );
}
