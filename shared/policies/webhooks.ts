import { forbid, hasAnyRole, type Decision, type Policy, type PolicyActor } from "./policy.ts";
import { ADMINS } from "./roles.ts";

const admin = (actor: PolicyActor): Decision => (hasAnyRole(actor, ADMINS) ? null : forbid("not_an_admin", "Only admins manage webhooks."));

/** Webhooks are workspace administration: admins change, rotate and delete any of them. */
export const webhookPolicy = {
  update: (actor) => admin(actor),
  rotateSecret: (actor) => admin(actor),
  delete: (actor) => admin(actor),
} satisfies Policy<unknown, string>;

export type WebhookPermissions = Record<keyof typeof webhookPolicy, boolean>;
