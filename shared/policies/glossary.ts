import { onlyRoles, type Policy } from "./policy.ts";
import { CHEATSHEET_WRITERS } from "./roles.ts";

const writer = onlyRoles(CHEATSHEET_WRITERS, "not_a_writer", "Only project managers and PMO leads change the glossary.");

/** The glossary belongs to those who write the cheat sheets that use it: they change any term. */
export const glossaryTermPolicy = {
  update: writer,
  delete: writer,
} satisfies Policy<unknown, string>;

export type GlossaryTermPermissions = Record<keyof typeof glossaryTermPolicy, boolean>;
