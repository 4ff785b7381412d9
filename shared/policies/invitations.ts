import { onlyRoles, refuse, type Policy } from "./policy.ts";
import { ADMINS } from "./roles.ts";

/** What the invitation policy reads: the stored status (an expired invitation is still pending, and may be revoked). */
export interface InvitationFacts {
  status: "pending" | "accepted" | "revoked";
}

const admin = onlyRoles(ADMINS, "not_an_admin", "Only admins manage invitations.");

export const invitationPolicy = {
  revoke: (actor, invitation) =>
    admin(actor) ?? (invitation.status === "pending" ? null : refuse("not_pending", `This invitation is already ${invitation.status}.`)),
} satisfies Policy<InvitationFacts, string>;

export type InvitationPermissions = Record<keyof typeof invitationPolicy, boolean>;
