import { Alert, Button, Group, MultiSelect, Stack } from "@mantine/core";
import { Dialog } from "#web/components/dialog.tsx";
import { notifications } from "@mantine/notifications";
import { useState, type FormEvent } from "react";
import { ROLES, ROLE_LABELS, type Role } from "#shared/contracts/common.ts";
import { UpdateMemberSchema, type Member } from "#shared/contracts/members.ts";
import { errorMessage } from "#web/api-client.ts";
import { problemFieldErrors, validateWith, type FieldErrors } from "#web/components/form-errors.ts";
import { useUpdateMember } from "../api/update-member.ts";

const ROLE_OPTIONS = ROLES.map((role) => ({ value: role, label: ROLE_LABELS[role] }));

/** Mounted per member (keyed), so it starts from the member's current roles. */
export function EditRolesModal({ member, onClose }: { member: Member; onClose: () => void }) {
  const [roles, setRoles] = useState<string[]>(member.roles);
  const [errors, setErrors] = useState<FieldErrors>({});
  const update = useUpdateMember();

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = validateWith(UpdateMemberSchema, { version: member.version, roles: roles as Role[] });
    if (!parsed.ok) return setErrors(parsed.errors);
    update.mutate(
      { id: member.id, input: parsed.data },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "teal", message: `${saved.name}'s roles were saved.` });
          onClose();
        },
        onError: (error) => setErrors(problemFieldErrors(error)),
      },
    );
  };

  return (
    <Dialog opened onClose={onClose} title={`Roles of ${member.name}`} centered closeButtonProps={{ "aria-label": "Close" }}>
      <form onSubmit={submit} noValidate>
        <Stack>
          {update.isError && (
            <Alert color="red" role="alert">
              {errorMessage(update.error)}
            </Alert>
          )}
          <MultiSelect
            label="Roles"
            description={
              member.permissions.removeAdminRole
                ? "A member may hold several roles."
                : `A member may hold several roles. ${member.name} is the only active admin, so Administrator stays until someone else is admin.`
            }
            data={ROLE_OPTIONS}
            value={roles}
            onChange={(next) => {
              // The last admin keeps the role; the description above says why.
              setRoles(member.permissions.removeAdminRole || next.includes("admin") ? next : [...next, "admin"]);
              setErrors({});
            }}
            error={errors.roles}
            data-autofocus
            comboboxProps={{ withinPortal: true }}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={update.isPending}>
              Save roles
            </Button>
          </Group>
        </Stack>
      </form>
    </Dialog>
  );
}
