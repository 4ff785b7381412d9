import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import type { GettingStarted } from "#shared/contracts/onboarding.ts";
import { api, call } from "#web/api-client.ts";

const KEY = ["getting-started"];

export function useGettingStarted() {
  return useQuery({ queryKey: KEY, queryFn: (): Promise<GettingStarted> => call(api.GET("/api/v1/getting-started")) });
}

/** Hides the checklist for the caller (hide: true) or shows it again. */
export function useSetGettingStartedHidden() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (hide: boolean): Promise<GettingStarted> =>
      hide ? call(api.PUT("/api/v1/getting-started/dismissal")) : call(api.DELETE("/api/v1/getting-started/dismissal")),
    onSuccess: (checklist) => queryClient.setQueryData(KEY, checklist),
  });
}
