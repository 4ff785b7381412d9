import { forbid, hasAnyRole, type Decision, type Policy, type PolicyActor } from "./policy.ts";
import { CATALOG_EDITORS } from "./roles.ts";

const editor = (actor: PolicyActor): Decision =>
  hasAnyRole(actor, CATALOG_EDITORS) ? null : forbid("not_a_catalog_editor", "Only PMO leads and admins change the service catalog.");

/** The catalog is the PMO's: its leads and admins change any service; everyone reads it. */
export const servicePolicy = {
  update: (actor) => editor(actor),
  delete: (actor) => editor(actor),
} satisfies Policy<unknown, string>;

export type ServicePermissions = Record<keyof typeof servicePolicy, boolean>;
