import { z } from "zod";
import type { Role } from "#shared/contracts/common.ts";

/**
 * Who is asking, as every policy sees it: pure data, so the same functions
 * run in a service before a write and in a presenter putting `permissions`
 * on each record of a list, without a query.
 */
export interface PolicyActor {
  memberId: string;
  roles: readonly Role[];
}

/**
 * Why an action is refused: `forbidden` for who the caller is (403), `conflict`
 * for where the record stands (409). `reason` is a stable code for clients.
 */
export interface Refusal {
  kind: "forbidden" | "conflict";
  reason: string;
  message: string;
}

/** `null` allows the action. */
export type Decision = Refusal | null;

export const forbid = (reason: string, message: string): Refusal => ({ kind: "forbidden", reason, message });
export const refuse = (reason: string, message: string): Refusal => ({ kind: "conflict", reason, message });

export const hasAnyRole = (actor: Pick<PolicyActor, "roles">, roles: readonly Role[]): boolean => actor.roles.some((role) => roles.includes(role));

/** A rule that looks at roles only: allowed for any of `roles`, else refused with this reason. */
export const onlyRoles =
  (roles: readonly Role[], reason: string, message: string) =>
  (actor: Pick<PolicyActor, "roles">): Decision =>
    hasAnyRole(actor, roles) ? null : forbid(reason, message);

/** The actions on one kind of record, each a pure function of the actor and the record. */
export type Policy<R, A extends string> = Record<A, (actor: PolicyActor, record: R) => Decision>;

/** What the caller may do with the record: the `permissions` sent with it. */
export function permissionsOf<R, A extends string>(policy: Policy<R, A>, actor: PolicyActor, record: R): Record<A, boolean> {
  const entries = Object.entries(policy) as [A, (actor: PolicyActor, record: R) => Decision][];
  return Object.fromEntries(entries.map(([action, decide]) => [action, decide(actor, record) === null])) as Record<A, boolean>;
}

/** The contract of a record's `permissions`: one boolean per action of its policy. */
export function permissionsSchema<A extends string>(policy: Record<A, unknown>): z.ZodObject<Record<A, z.ZodBoolean>> {
  const shape = Object.fromEntries(Object.keys(policy).map((action) => [action, z.boolean()])) as Record<A, z.ZodBoolean>;
  return z.object(shape);
}
