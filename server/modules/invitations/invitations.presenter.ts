import { parseRoles } from "#server/kernel/auth/credentials.ts";
import type { Invitation } from "#shared/contracts/invitations.ts";
import type { InvitationRow } from "./invitations.repository.ts";

export function presentInvitation(row: InvitationRow, at: string): Invitation {
  const expired = row.status === "pending" && row.expires_at <= at;
  return {
    id: row.id,
    email: row.email,
    roles: parseRoles(row.roles),
    status: expired ? "expired" : row.status,
    invitedBy: { id: row.invited_by_member_id, name: row.invited_by_name },
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    createdAt: row.created_at,
  };
}
