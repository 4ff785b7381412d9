import { forbid, hasAnyRole, refuse, type Policy } from "./policy.ts";
import { ADMINS } from "./roles.ts";

export interface ApiTokenFacts {
  memberId: string;
  revoked: boolean;
}

/** People revoke their own tokens; admins may revoke anyone's in the workspace. */
export const apiTokenPolicy = {
  revoke: (actor, token) => {
    if (token.memberId !== actor.memberId && !hasAnyRole(actor, ADMINS)) return forbid("not_your_token", "Only the token's owner or an admin revokes it.");
    return token.revoked ? refuse("already_revoked", "This token is already revoked.") : null;
  },
} satisfies Policy<ApiTokenFacts, string>;

export type ApiTokenPermissions = Record<keyof typeof apiTokenPolicy, boolean>;
