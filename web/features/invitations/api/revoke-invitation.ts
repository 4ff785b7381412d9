import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api } from "#web/api-client.ts";

export function revokeInvitation(id: string): Promise<void> {
  return api<void>("DELETE", `/invitations/${encodeURIComponent(id)}`);
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["invitations", "list"] }),
  });
}
