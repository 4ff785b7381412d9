import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Session } from "#shared/contracts/auth.ts";
import type { AcceptInvitationInput } from "#shared/contracts/invitations.ts";
import { api, call, setCsrfToken } from "#web/api-client.ts";

/** Joins the workspace and signs in: the answer is the new session. */
export async function acceptInvitation(token: string, input: AcceptInvitationInput): Promise<Session> {
  const session = await call(api.POST("/api/v1/invitations/accept/{token}", { params: { path: { token } }, body: input }));
  setCsrfToken(session.csrfToken);
  return session;
}

export function useAcceptInvitation(token: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: AcceptInvitationInput) => acceptInvitation(token, input),
    // A wrong password of an existing person belongs on the form.
    meta: { skipAuthRedirect: true },
    // Whatever was cached belonged to whoever used this browser before; the preview
    // stays, or the page still showing it would refetch a link that is now used up.
    onSuccess: () => queryClient.removeQueries({ predicate: (query) => query.queryKey[1] !== "preview" }),
  });
}
