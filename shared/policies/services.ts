import { onlyRoles, type Policy } from "./policy.ts";
import { CATALOG_EDITORS } from "./roles.ts";

const editor = onlyRoles(CATALOG_EDITORS, "not_a_catalog_editor", "Only PMO leads and admins change the service catalog.");

/** The catalog is the PMO's: its leads and admins change any service; everyone reads it. */
export const servicePolicy = {
  update: editor,
  delete: editor,
} satisfies Policy<unknown, string>;

export type ServicePermissions = Record<keyof typeof servicePolicy, boolean>;
