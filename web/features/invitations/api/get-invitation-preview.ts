import { queryOptions, useQuery } from "@tanstack/react-query";
import type { z } from "zod";
import type { InvitationPreviewSchema } from "#shared/contracts/invitations.ts";
import { api, call } from "#web/api-client.ts";

export type InvitationPreview = z.infer<typeof InvitationPreviewSchema>;

/** Public: what the link invites to, before the person accepts. */
export function getInvitationPreview(token: string): Promise<InvitationPreview> {
  return call(api.GET("/api/v1/invitations/accept/{token}", { params: { path: { token } } }));
}

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({ queryKey: ["invitations", "preview", token], queryFn: () => getInvitationPreview(token) });

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(token));
}
