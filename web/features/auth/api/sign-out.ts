import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { api, call, isApiError, setCsrfToken } from "#web/api-client.ts";

export async function signOut(): Promise<void> {
  try {
    await call(api.DELETE("/api/v1/session"));
  } catch (error) {
    // Already signed out (the session expired): the goal is reached.
    if (!isApiError(error, 401)) throw error;
  }
}

export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOut,
    onSuccess: async () => {
      setCsrfToken(null);
      // Leave the signed-in pages first, so none of them refetches into a 401.
      await navigate("/signin", { replace: true });
      queryClient.removeQueries();
    },
  });
}
