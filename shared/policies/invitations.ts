import { forbid, hasAnyRole, refuse, type Policy } from "./policy.ts";
import { ADMINS } from "./roles.ts";

/** What the invitation policy reads: the stored status (an expired invitation is still pending, and may be revoked). */
export interface InvitationFacts {
  status: "pending" | "accepted" | "revoked";
}

export const invitationPolicy = {
  revoke: (actor, invitation) => {
    if (!hasAnyRole(actor, ADMINS)) return forbid("not_an_admin", "Only admins manage invitations.");
    return invitation.status === "pending" ? null : refuse("not_pending", `This invitation is already ${invitation.status}.`);
  },
} satisfies Policy<InvitationFacts, string>;

export type InvitationPermissions = Record<keyof typeof invitationPolicy, boolean>;
