import { onlyRoles, type Policy } from "./policy.ts";
import { ADMINS } from "./roles.ts";

/** Admins change any member's roles and status; the last active admin stays (a 409 the count decides, not the record). */
export const memberPolicy = {
  update: onlyRoles(ADMINS, "not_an_admin", "Only admins change members' roles and status."),
} satisfies Policy<unknown, string>;

export type MemberPermissions = Record<keyof typeof memberPolicy, boolean>;
