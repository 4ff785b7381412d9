import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

export function revokeToken(id: string): Promise<void> {
  return call(api.DELETE("/api/v1/tokens/{id}", { params: { path: { id } } }));
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["tokens", "list"] }),
  });
}
