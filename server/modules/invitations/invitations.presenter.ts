import { parseRoles } from "#server/kernel/auth/credentials.ts";
import type { MemberRef } from "#shared/contracts/common.ts";
import type { Invitation, InvitationRecord } from "#shared/contracts/invitations.ts";
import { invitationPolicy } from "#shared/policies/invitations.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import type { InvitationRow } from "./invitations.repository.ts";

/** Who invited whom, by member id, from the members module. */
export type Inviters = ReadonlyMap<string, Pick<MemberRef, "name">>;

/** An invitation as events and the audit log keep it; `at` decides whether a pending one has expired. */
export function invitationRecord(row: InvitationRow, at: string, inviters: Inviters): InvitationRecord {
  const expired = row.status === "pending" && row.expires_at <= at;
  return {
    id: row.id,
    email: row.email,
    roles: parseRoles(row.roles),
    status: expired ? "expired" : row.status,
    invitedBy: { id: row.invited_by_member_id, name: inviters.get(row.invited_by_member_id)?.name ?? "" },
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    createdAt: row.created_at,
  };
}

/** An invitation as the caller sees it: the record and what they may do with it. */
export function presentInvitation(row: InvitationRow, at: string, inviters: Inviters, actor: PolicyActor): Invitation {
  return { ...invitationRecord(row, at, inviters), permissions: permissionsOf(invitationPolicy, actor, { status: row.status }) };
}
