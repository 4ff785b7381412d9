import { infiniteQueryOptions } from "@tanstack/react-query";
import type { Page } from "#shared/contracts/common.ts";
import type { Invitation } from "#shared/contracts/invitations.ts";
import { api, call } from "#web/api-client.ts";

export type InvitationStatus = Invitation["status"];

export function getInvitations(status: InvitationStatus | undefined, cursor?: string): Promise<Page<Invitation>> {
  return call(api.GET("/api/v1/invitations", { params: { query: { status, cursor, limit: 50 } } }));
}

export const invitationsQueryOptions = (status: InvitationStatus | undefined) =>
  infiniteQueryOptions({
    queryKey: ["invitations", "list", { status }],
    queryFn: ({ pageParam }) => getInvitations(status, pageParam),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
