import { ADMINS, CATALOG_EDITORS, CHEATSHEET_WRITERS, TRAINING_MANAGERS } from "./roles.ts";
import { hasAnyRole, type PolicyActor } from "./policy.ts";

/**
 * The getting-started steps of a new workspace, in order, and who takes each.
 * A step's `permissions.take` is whether the caller is one of them; everyone
 * else is told who is.
 */
export const GETTING_STARTED_STEPS = {
  invite_people: ADMINS,
  define_service: CATALOG_EDITORS,
  explain_terms: CHEATSHEET_WRITERS,
  publish_cheat_sheet: CHEATSHEET_WRITERS,
  build_training: TRAINING_MANAGERS,
} as const;

export type GettingStartedStepKey = keyof typeof GETTING_STARTED_STEPS;
export const GETTING_STARTED_STEP_KEYS = Object.keys(GETTING_STARTED_STEPS) as GettingStartedStepKey[];

export const gettingStartedStepPolicy = {
  take: (actor: Pick<PolicyActor, "roles">, step: GettingStartedStepKey) => hasAnyRole(actor, GETTING_STARTED_STEPS[step]),
};
