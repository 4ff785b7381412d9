import { forbid, hasAnyRole, refuse, type Decision, type Policy, type PolicyActor } from "./policy.ts";
import { ADMINS } from "./roles.ts";

export interface MemberFacts {
  /** The member is the workspace's only active admin. */
  lastActiveAdmin: boolean;
}

const onlyAdmins = (actor: Pick<PolicyActor, "roles">): Decision =>
  hasAnyRole(actor, ADMINS) ? null : forbid("not_an_admin", "Only admins change members' roles and status.");

/** The workspace always keeps an active admin. */
const keepsAnAdmin = (actor: PolicyActor, member: MemberFacts): Decision =>
  onlyAdmins(actor) ?? (member.lastActiveAdmin ? refuse("last_admin", "The workspace needs at least one active admin. Make someone else admin first.") : null);

/** Admins change any member's roles and status, but never leave the workspace without an active admin. */
export const memberPolicy = {
  update: onlyAdmins,
  /** Deactivate the member. */
  deactivate: keepsAnAdmin,
  /** Take the admin role away from them. */
  removeAdminRole: keepsAnAdmin,
} satisfies Policy<MemberFacts, string>;

export type MemberPermissions = Record<keyof typeof memberPolicy, boolean>;
