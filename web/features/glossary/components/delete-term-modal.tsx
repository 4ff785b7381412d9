import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { notifications } from "@mantine/notifications";
import type { GlossaryTerm } from "#shared/contracts/glossary.ts";
import { useDeleteGlossaryTerm } from "../api/delete-glossary-term.ts";

export function DeleteTermModal({ term, onClose, onDeleted }: { term: GlossaryTerm | null; onClose: () => void; onDeleted?: () => void }) {
  const remove = useDeleteGlossaryTerm();
  const close = () => {
    remove.reset();
    onClose();
  };
  return (
    <ConfirmModal
      opened={term !== null}
      onClose={close}
      title="Delete this term?"
      confirmLabel="Delete term"
      danger
      loading={remove.isPending}
      error={remove.error}
      onConfirm={() =>
        term &&
        remove.mutate(term.id, {
          onSuccess: () => {
            notifications.show({ color: "teal", message: `“${term.term}” was removed from the glossary.` });
            close();
            onDeleted?.();
          },
        })
      }
    >
      “{term?.term}” disappears from the glossary, and cheat sheets no longer explain it. This cannot be undone.
    </ConfirmModal>
  );
}
