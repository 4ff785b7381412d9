import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Session, SignUpInput } from "#shared/contracts/auth.ts";
import { api, call } from "#web/api-client.ts";
import { SESSION_QUERY_KEY, rememberSession } from "./get-session.ts";

export async function signUp(input: SignUpInput): Promise<Session> {
  return rememberSession(await call(api.POST("/api/v1/signup", { body: input })));
}

export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: signUp,
    meta: { skipAuthRedirect: true },
    onSuccess: (session) => {
      queryClient.removeQueries();
      queryClient.setQueryData(SESSION_QUERY_KEY, session);
    },
  });
}
