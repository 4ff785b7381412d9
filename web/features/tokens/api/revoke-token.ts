import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#web/api-client.ts";

export function revokeToken(id: string): Promise<void> {
  return api<void>("DELETE", `/tokens/${encodeURIComponent(id)}`);
}

export function useRevokeToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["tokens", "list"] }),
  });
}
