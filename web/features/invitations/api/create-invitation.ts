import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CreateInvitationInput, CreatedInvitationSchema } from "#shared/contracts/invitations.ts";
import { api, call } from "#web/api-client.ts";

export type CreatedInvitation = z.infer<typeof CreatedInvitationSchema>;

export function createInvitation(input: CreateInvitationInput): Promise<CreatedInvitation> {
  return call(api.POST("/api/v1/invitations", { body: input }));
}

export function useCreateInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createInvitation,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["invitations", "list"] }),
  });
}
