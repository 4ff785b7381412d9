import { Alert, Button, Group, MultiSelect, Stack, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { ROLES, ROLE_LABELS, type Role } from "#shared/contracts/common.ts";
import { CreateInvitationSchema } from "#shared/contracts/invitations.ts";
import { errorMessage } from "#web/api-client.ts";
import { submitForm } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useCreateInvitation, type CreatedInvitation } from "../api/create-invitation.ts";

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));
const EMPTY = { email: "", roles: ["rep"] as string[] };

export function InviteForm({ onInvited }: { onInvited: (invitation: CreatedInvitation) => void }) {
  const form = useFormState(EMPTY);
  const create = useCreateInvitation();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { ...form.values, roles: form.values.roles as Role[] };
    submitForm(CreateInvitationSchema, values, form.setErrors, (input, showServerErrors) =>
      create.mutate(input, {
        onSuccess: (invitation) => {
          form.reset(EMPTY);
          onInvited(invitation);
        },
        onError: showServerErrors,
      }),
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Invite a person">
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label="E-mail"
            type="email"
            required
            value={form.values.email}
            onChange={(event) => form.set("email", event.currentTarget.value)}
            error={form.errors.email}
            miw={220}
          />
          <MultiSelect
            label="Roles"
            required
            data={ROLE_OPTIONS}
            value={form.values.roles}
            onChange={(roles) => form.set("roles", roles)}
            error={form.errors.roles}
            miw={220}
          />
        </Group>
        <Group>
          <Button type="submit" loading={create.isPending}>
            Invite
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
