import { useMutation } from "@tanstack/react-query";
import type { CreateWorkspaceInput, WorkspaceSummary } from "#shared/contracts/auth.ts";
import { api } from "#web/api-client.ts";

export function createWorkspace(input: CreateWorkspaceInput): Promise<WorkspaceSummary> {
  return api<WorkspaceSummary>("POST", "/workspaces", input);
}

/** The caller switches to the new workspace afterwards, which refreshes the session. */
export function useCreateWorkspace() {
  return useMutation({ mutationFn: createWorkspace });
}
