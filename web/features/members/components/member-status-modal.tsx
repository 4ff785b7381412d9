import { Button, Group, Stack, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import type { Member } from "#shared/contracts/members.ts";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { Dialog } from "#web/components/dialog.tsx";
import { useUpdateMember } from "../api/update-member.ts";

/** Deactivates an active member (ending their sessions) or brings a deactivated one back. */
export function MemberStatusModal({ member, onClose }: { member: Member; onClose: () => void }) {
  const update = useUpdateMember();
  const deactivating = member.status === "active";

  const confirm = () =>
    update.mutate(
      { id: member.id, input: { version: member.version, status: deactivating ? "deactivated" : "active" } },
      {
        onSuccess: (saved) => {
          notifications.show({ color: "teal", message: `${saved.name} was ${deactivating ? "deactivated" : "reactivated"}.` });
          onClose();
        },
      },
    );

  // Said before asking: the last active admin cannot be deactivated, so there is nothing to confirm.
  if (deactivating && !member.permissions.deactivate) {
    return (
      <Dialog opened onClose={onClose} title={`${member.name} cannot be deactivated`}>
        <Stack>
          <Text>{member.name} is the only active admin of this workspace, and a workspace needs one. Make someone else admin first.</Text>
          <Group justify="flex-end">
            <Button onClick={onClose} data-autofocus>
              Close
            </Button>
          </Group>
        </Stack>
      </Dialog>
    );
  }

  return (
    <ConfirmModal
      opened
      onClose={onClose}
      title={deactivating ? `Deactivate ${member.name}?` : `Reactivate ${member.name}?`}
      confirmLabel={deactivating ? "Deactivate" : "Reactivate"}
      danger={deactivating}
      loading={update.isPending}
      error={update.error}
      onConfirm={confirm}
    >
      {deactivating
        ? "They are signed out everywhere and can no longer open this workspace. Their records stay."
        : "They can sign in to this workspace again, with the roles they had."}
    </ConfirmModal>
  );
}
