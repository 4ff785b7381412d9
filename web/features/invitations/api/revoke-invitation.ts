import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

export function revokeInvitation(id: string): Promise<void> {
  return call(api.DELETE("/api/v1/invitations/{id}", { params: { path: { id } } }));
}

export function useRevokeInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: revokeInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["invitations", "list"] }),
  });
}
