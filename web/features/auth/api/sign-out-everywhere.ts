import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useNavigate } from "react-router";
import { api, call, setCsrfToken } from "#web/api-client.ts";

/** Ends every session of the signed-in person, this browser's included. */
export function signOutEverywhere(): Promise<void> {
  return call(api.DELETE("/api/v1/sessions"));
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
