import { useMutation } from "@tanstack/react-query";
import type { CreateWorkspaceInput, WorkspaceSummary } from "#shared/contracts/auth.ts";
import { api, call } from "#web/api-client.ts";

export function createWorkspace(input: CreateWorkspaceInput): Promise<WorkspaceSummary> {
  return call(api.POST("/api/v1/workspaces", { body: input }));
}

/** The caller switches to the new workspace afterwards, which refreshes the session. */
export function useCreateWorkspace() {
  return useMutation({ mutationFn: createWorkspace });
}
