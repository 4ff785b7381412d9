import { onlyRoles, type Policy } from "./policy.ts";
import { ADMINS } from "./roles.ts";

/** Every member reads the workspace's settings (the editor needs the clarity limits); admins change them. */
export const settingsPolicy = {
  update: onlyRoles(ADMINS, "not_an_admin", "Only admins change the workspace's settings."),
} satisfies Policy<unknown, string>;
