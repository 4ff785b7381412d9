import { forbid, hasAnyRole, type Decision, type Policy, type PolicyActor } from "./policy.ts";
import { CHEATSHEET_WRITERS } from "./roles.ts";

const writer = (actor: PolicyActor): Decision =>
  hasAnyRole(actor, CHEATSHEET_WRITERS) ? null : forbid("not_a_writer", "Only project managers and PMO leads change the glossary.");

/** The glossary belongs to those who write the cheat sheets that use it: they change any term. */
export const glossaryTermPolicy = {
  update: (actor) => writer(actor),
  delete: (actor) => writer(actor),
} satisfies Policy<unknown, string>;

export type GlossaryTermPermissions = Record<keyof typeof glossaryTermPolicy, boolean>;
