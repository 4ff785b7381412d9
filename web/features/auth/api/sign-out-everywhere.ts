import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { api, setCsrfToken } from "#web/api-client.ts";

/** Ends every session of the signed-in person, this browser's included. */
export function signOutEverywhere(): Promise<void> {
  return api<void>("DELETE", "/sessions");
}

export function useSignOutEverywhere() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: signOutEverywhere,
    onSuccess: async () => {
      setCsrfToken(null);
      await navigate("/signin?signedOut=everywhere", { replace: true });
      queryClient.removeQueries();
    },
  });
}
