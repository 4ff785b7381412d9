import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Session, SignInInput } from "#shared/contracts/auth.ts";
import { api, call } from "#web/api-client.ts";
import { SESSION_QUERY_KEY, rememberSession } from "./get-session.ts";

export async function signIn(input: SignInInput): Promise<Session> {
  return rememberSession(await call(api.POST("/api/v1/session", { body: input })));
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signIn,
    // A wrong password is a 401 too: it belongs on the form, not in a redirect.
    meta: { skipAuthRedirect: true },
    onSuccess: (session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}
