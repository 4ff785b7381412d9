import { Select } from "@mantine/core";
import { useDisclosure } from "@mantine/hooks";
import { notifications } from "@mantine/notifications";
import type { Session } from "#shared/contracts/auth.ts";
import { errorMessage } from "#web/api-client.ts";
import { useSwitchWorkspace } from "../api/switch-workspace.ts";
import { NewWorkspaceModal } from "./new-workspace-modal.tsx";

const NEW_WORKSPACE = "__new__";

interface WorkspaceSwitcherProps {
  session: Session;
  /** Called once the session has moved to another workspace. */
  onSwitched: () => void;
  compact?: boolean;
}

export function WorkspaceSwitcher({ session, onSwitched, compact }: WorkspaceSwitcherProps) {
  const [creating, { open, close }] = useDisclosure(false);
  const switchTo = useSwitchWorkspace();
  const data = [
    ...session.workspaces.map((workspace) => ({ value: workspace.id, label: workspace.name })),
    { value: NEW_WORKSPACE, label: "New workspace…" },
  ];

  const choose = (value: string | null) => {
    if (value === NEW_WORKSPACE) return open();
    if (!value || value === session.workspace.id) return;
    switchTo.mutate(value, {
      onSuccess: (next) => {
        notifications.show({ color: "teal", message: `Switched to ${next.workspace.name}.` });
        onSwitched();
      },
      onError: (error) => notifications.show({ color: "red", title: "Could not switch", message: errorMessage(error) }),
    });
  };

  return (
    <>
      <Select
        label="Workspace"
        data={data}
        value={session.workspace.id}
        onChange={choose}
        allowDeselect={false}
        disabled={switchTo.isPending}
        size={compact ? "xs" : "sm"}
        // In the header the label sits beside the field, to fit the bar's height.
        styles={compact ? { root: { display: "flex", alignItems: "center", gap: 8 }, label: { marginBottom: 0 }, wrapper: { width: 200 } } : undefined}
        comboboxProps={{ withinPortal: true }}
      />
      <NewWorkspaceModal opened={creating} onClose={close} onSwitched={onSwitched} />
    </>
  );
}
