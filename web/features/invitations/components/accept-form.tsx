import { Alert, Button, PasswordInput, Stack, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import type { Session } from "#shared/contracts/auth.ts";
import { AcceptInvitationSchema } from "#shared/contracts/invitations.ts";
import { errorMessage } from "#web/api-client.ts";
import { submitForm } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useAcceptInvitation } from "../api/accept-invitation.ts";
import type { InvitationPreview } from "../api/get-invitation-preview.ts";

interface AcceptFormProps {
  token: string;
  preview: InvitationPreview;
  onAccepted: (session: Session) => void;
}

/** A new person chooses a name and password; someone with a sign-in confirms theirs. */
export function AcceptForm({ token, preview, onAccepted }: AcceptFormProps) {
  const form = useFormState({ name: "", password: "" });
  const accept = useAcceptInvitation(token);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const input = preview.existingUser ? { password: form.values.password } : form.values;
    submitForm(AcceptInvitationSchema, input, form.setErrors, (data, showServerErrors) => {
      if (!preview.existingUser && !data.name) return form.setErrors({ name: "Required." });
      accept.mutate(data, { onSuccess: onAccepted, onError: showServerErrors });
    });
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {accept.isError && (
          <Alert color="red" role="alert">
            {errorMessage(accept.error)}
          </Alert>
        )}
        <TextInput label="E-mail" value={preview.email} readOnly variant="filled" />
        {!preview.existingUser && (
          <TextInput
            label="Your name"
            autoComplete="name"
            required
            value={form.values.name}
            onChange={(event) => form.set("name", event.currentTarget.value)}
            error={form.errors.name}
          />
        )}
        <PasswordInput
          label={preview.existingUser ? "Your Tandem password" : "Choose a password"}
          description={preview.existingUser ? "You already have a Tandem sign-in with this e-mail." : "At least 10 characters."}
          autoComplete={preview.existingUser ? "current-password" : "new-password"}
          required
          value={form.values.password}
          onChange={(event) => form.set("password", event.currentTarget.value)}
          error={form.errors.password}
        />
        <Button type="submit" loading={accept.isPending} fullWidth>
          Join {preview.workspace.name}
        </Button>
      </Stack>
    </form>
  );
}
