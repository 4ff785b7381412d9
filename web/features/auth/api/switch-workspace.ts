import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Session } from "#shared/contracts/auth.ts";
import { api, call } from "#web/api-client.ts";
import { SESSION_QUERY_KEY, rememberSession } from "./get-session.ts";

export async function switchWorkspace(workspaceId: string): Promise<Session> {
  return rememberSession(await call(api.PUT("/api/v1/session/workspace", { body: { workspaceId } })));
}

export function useSwitchWorkspace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: switchWorkspace,
    onSuccess: (session) => {
      // Everything cached so far belongs to the workspace just left.
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== SESSION_QUERY_KEY[0] });
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}
