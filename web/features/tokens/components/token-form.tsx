import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import type { FormEvent } from "react";
import { CreateApiTokenSchema } from "#shared/contracts/tokens.ts";
import { errorMessage } from "#web/api-client.ts";
import { submitForm } from "#web/components/form-errors.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useCreateToken, type CreatedApiToken } from "../api/create-token.ts";

const EMPTY = { name: "", expiresOn: "" };

export function TokenForm({ onCreated }: { onCreated: (token: CreatedApiToken) => void }) {
  const form = useFormState(EMPTY);
  const create = useCreateToken();
  const today = new Date().toISOString().slice(0, 10);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const values = { name: form.values.name, expiresOn: form.values.expiresOn || undefined };
    submitForm(CreateApiTokenSchema, values, form.setErrors, (input, showServerErrors) =>
      create.mutate(input, {
        onSuccess: (token) => {
          form.reset(EMPTY);
          onCreated(token);
        },
        onError: showServerErrors,
      }),
    );
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Create an API token">
      <Stack gap="sm">
        {create.isError && (
          <Alert color="red" role="alert">
            {errorMessage(create.error)}
          </Alert>
        )}
        <Group align="flex-start" gap="sm" grow preventGrowOverflow={false} wrap="wrap">
          <TextInput
            label="Name"
            description="What uses it, e.g. “CRM sync”."
            required
            value={form.values.name}
            onChange={(event) => form.set("name", event.currentTarget.value)}
            error={form.errors.name}
            miw={220}
          />
          <TextInput
            label="Expires on (optional)"
            description="Last day it works. Empty: it does not expire."
            type="date"
            min={today}
            value={form.values.expiresOn}
            onChange={(event) => form.set("expiresOn", event.currentTarget.value)}
            error={form.errors.expiresOn}
            miw={220}
          />
        </Group>
        <Group>
          <Button type="submit" loading={create.isPending}>
            Create token
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
