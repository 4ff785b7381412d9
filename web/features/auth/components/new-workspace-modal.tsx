import { Alert, Button, Group, Stack, TextInput } from "@mantine/core";
import { Dialog } from "#web/components/dialog.tsx";
import { notifications } from "@mantine/notifications";
import { useState, type FormEvent } from "react";
import { CreateWorkspaceSchema } from "#shared/contracts/auth.ts";
import { errorMessage } from "#web/api-client.ts";
import { submitForm } from "#web/components/form-errors.ts";
import { slugify } from "#web/components/format.ts";
import { useFormState } from "#web/components/use-form-state.ts";
import { useCreateWorkspace } from "../api/create-workspace.ts";
import { useSwitchWorkspace } from "../api/switch-workspace.ts";

interface NewWorkspaceModalProps {
  opened: boolean;
  onClose: () => void;
  onSwitched: () => void;
}

export function NewWorkspaceModal({ opened, onClose, onSwitched }: NewWorkspaceModalProps) {
  const form = useFormState({ name: "", slug: "" });
  const [slugEdited, setSlugEdited] = useState(false);
  const create = useCreateWorkspace();
  const switchTo = useSwitchWorkspace();
  const failure = create.error ?? switchTo.error;

  const close = () => {
    form.reset({ name: "", slug: "" });
    setSlugEdited(false);
    create.reset();
    switchTo.reset();
    onClose();
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    submitForm(CreateWorkspaceSchema, form.values, form.setErrors, (input, showServerErrors) =>
      create.mutate(input, {
        onError: showServerErrors,
        onSuccess: (workspace) =>
          switchTo.mutate(workspace.id, {
            onSuccess: () => {
              notifications.show({ color: "teal", message: `Workspace “${workspace.name}” created. You are its administrator.` });
              close();
              onSwitched();
            },
          }),
      }),
    );
  };

  return (
    <Dialog opened={opened} onClose={close} title="New workspace" centered closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {failure && (
            <Alert color="red" role="alert">
              {errorMessage(failure)}
            </Alert>
          )}
          <TextInput
            label="Workspace name"
            required
            data-autofocus
            value={form.values.name}
            onChange={(event) => {
              const name = event.currentTarget.value;
              form.set("name", name);
              if (!slugEdited) form.set("slug", slugify(name));
            }}
            error={form.errors.name}
          />
          <TextInput
            label="Workspace address"
            description="Lowercase letters, digits and hyphens."
            required
            value={form.values.slug}
            onChange={(event) => {
              setSlugEdited(true);
              form.set("slug", event.currentTarget.value);
            }}
            error={form.errors.slug}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={create.isPending || switchTo.isPending}>
              Create and switch
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
