import { onlyRoles, type Policy } from "./policy.ts";
import { ADMINS } from "./roles.ts";

const admin = onlyRoles(ADMINS, "not_an_admin", "Only admins manage webhooks.");

/** Webhooks are workspace administration: admins change, rotate and delete any of them. */
export const webhookPolicy = {
  update: admin,
  rotateSecret: admin,
  delete: admin,
} satisfies Policy<unknown, string>;

export type WebhookPermissions = Record<keyof typeof webhookPolicy, boolean>;
