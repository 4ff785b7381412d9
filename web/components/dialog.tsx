import { Modal, type ModalProps } from "@mantine/core";
import { useEffect, useRef } from "react";

/**
 * Mantine's Modal, with focus going back to what opened it when it closes —
 * also when it closes by being unmounted, as the dialogs shown with
 * `{editing && <…Modal />}` do, where Mantine's own return never runs.
 */
export function Dialog({ opened, closeButtonProps, ...props }: ModalProps) {
  const trigger = useRef<HTMLElement | null>(null);
  const wasOpen = useRef(false);
  // Read while rendering: by the time effects run, the dialog has taken focus itself.
  if (opened && !wasOpen.current && document.activeElement instanceof HTMLElement) trigger.current = document.activeElement;
  wasOpen.current = opened;

  useEffect(() => {
    if (!opened) return;
    const opener = trigger.current;
    return () => {
      // After the dialog's own focus handling has finished.
      setTimeout(() => {
        if (opener?.isConnected) opener.focus();
      }, 0);
    };
  }, [opened]);

  return <Modal opened={opened} returnFocus={false} closeButtonProps={{ "aria-label": "Close", ...closeButtonProps }} {...props} />;
}
