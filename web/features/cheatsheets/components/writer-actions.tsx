import { Button, Text } from "@mantine/core";
import { notifications } from "@mantine/notifications";
import { useState } from "react";
import { Link, useNavigate } from "react-router";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { ConfirmModal } from "#web/components/confirm-modal.tsx";
import { useArchiveCheatSheet } from "../api/archive-cheatsheet.ts";
import { useDeleteCheatSheet } from "../api/delete-cheatsheet.ts";
import { useUnarchiveCheatSheet } from "../api/unarchive-cheatsheet.ts";
import { ReviewModal, type ReviewKind } from "./review-modal.tsx";

/** Where the working copy stands: a never-published sheet's own status, else its next version's. */
export function workingStatus(sheet: CheatSheet): "draft" | "in_review" | null {
  if (sheet.status === "draft" || sheet.status === "in_review") return sheet.status;
  return sheet.draftStatus;
}

type Confirming = "archive" | "unarchive" | "delete" | null;

export function WriterActions({ sheet }: { sheet: CheatSheet }) {
  const [review, setReview] = useState<ReviewKind | null>(null);
  const [confirming, setConfirming] = useState<Confirming>(null);
  const archive = useArchiveCheatSheet(sheet.id);
  const unarchive = useUnarchiveCheatSheet(sheet.id);
  const remove = useDeleteCheatSheet();
  const navigate = useNavigate();
  const working = workingStatus(sheet);
  const can = sheet.permissions;
  const pending = confirming === "archive" ? archive : confirming === "unarchive" ? unarchive : remove;

  const close = () => {
    archive.reset();
    unarchive.reset();
    remove.reset();
    setConfirming(null);
  };
  const confirm = () => {
    if (confirming === "delete") {
      remove.mutate(sheet.id, {
        onSuccess: () => {
          notifications.show({ color: "teal", message: `“${sheet.title}” was deleted.` });
          void navigate("/cheatsheets");
        },
      });
      return;
    }
    const action = confirming === "archive" ? archive : unarchive;
    action.mutate({ version: sheet.version }, {
      onSuccess: () => {
        notifications.show({ color: "teal", message: confirming === "archive" ? "Archived: reps no longer see it." : "Back in the list for reps." });
        close();
      },
    });
  };

  return (
    <>
      {can.update && (
        <Button component={Link} to={`/cheatsheets/${sheet.id}/edit`}>
          {working ? "Edit draft" : "Edit"}
        </Button>
      )}
      {can.submit && (
        <Button variant="light" onClick={() => setReview("submit")}>
          Submit for review
        </Button>
      )}
      {working === "in_review" && !can.approve && can.requestChanges && (
        <Text size="sm" c="dimmed" style={{ alignSelf: "center" }}>
          Waiting for a PMO lead or another project manager to review it.
        </Text>
      )}
      {can.approve && (
        <>
          <Button color="teal" onClick={() => setReview("approve")}>
            Approve
          </Button>
          <Button variant="light" color="orange" onClick={() => setReview("request-changes")}>
            Request changes
          </Button>
        </>
      )}
      {can.archive && (
        <Button variant="subtle" color="gray" onClick={() => setConfirming("archive")}>
          Archive
        </Button>
      )}
      {can.unarchive && (
        <Button variant="light" onClick={() => setConfirming("unarchive")}>
          Unarchive
        </Button>
      )}
      {can.delete && (
        <Button variant="subtle" color="red" onClick={() => setConfirming("delete")}>
          Delete
        </Button>
      )}

      {review && <ReviewModal key={review} sheet={sheet} kind={review} onClose={() => setReview(null)} />}
      <ConfirmModal
        opened={confirming !== null}
        onClose={close}
        title={confirming === "delete" ? "Delete this draft?" : confirming === "archive" ? "Archive this sheet?" : "Unarchive this sheet?"}
        confirmLabel={confirming === "delete" ? "Delete draft" : confirming === "archive" ? "Archive" : "Unarchive"}
        danger={confirming === "delete"}
        loading={pending.isPending}
        error={pending.error}
        onConfirm={confirm}
      >
        {confirming === "delete"
          ? `“${sheet.title}” was never published; deleting it cannot be undone.`
          : confirming === "archive"
            ? "Reps no longer see it in their list; its history stays, and you can unarchive it."
            : "It goes back into the reps' list as it was when archived."}
      </ConfirmModal>
    </>
  );
}
