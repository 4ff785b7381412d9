import { useEffect, useRef } from "react";
import { useBlocker } from "react-router";
import { ConfirmModal } from "./confirm-modal.tsx";

/**
 * Asks before a link, the back button or closing the tab throws away unsaved
 * edits. Call `allowLeaving()` just before navigating away after a save.
 */
export function useUnsavedChanges(dirty: boolean) {
  const allowed = useRef(false);
  const blocker = useBlocker(({ currentLocation, nextLocation }) => dirty && !allowed.current && currentLocation.pathname !== nextLocation.pathname);

  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => {
      if (!allowed.current) event.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  const modal = (
    <ConfirmModal
      opened={blocker.state === "blocked"}
      title="Leave without saving?"
      confirmLabel="Discard my changes"
      danger
      onConfirm={() => blocker.proceed?.()}
      onClose={() => blocker.reset?.()}
    >
      Your changes here are not saved yet. If you leave now, they are lost.
    </ConfirmModal>
  );
  return { allowLeaving: () => void (allowed.current = true), modal };
}
