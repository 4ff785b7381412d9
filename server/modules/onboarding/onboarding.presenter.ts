import type { GettingStarted } from "#shared/contracts/onboarding.ts";
import { GETTING_STARTED_STEP_KEYS, GETTING_STARTED_STEPS, gettingStartedStepPolicy, type GettingStartedStepKey } from "#shared/policies/onboarding.ts";
import type { PolicyActor } from "#shared/policies/policy.ts";

/** The page of the web app where each step is taken. */
const STEP_PATHS: Record<GettingStartedStepKey, string> = {
  invite_people: "/invitations",
  define_service: "/services/new",
  explain_terms: "/glossary",
  publish_cheat_sheet: "/cheatsheets/new",
  build_training: "/quizzes",
};

export function presentGettingStarted(counts: Record<GettingStartedStepKey, number>, dismissed: boolean, actor: PolicyActor): GettingStarted {
  const steps = GETTING_STARTED_STEP_KEYS.map((key) => ({
    key,
    done: counts[key] > 0,
    count: counts[key],
    takenBy: [...GETTING_STARTED_STEPS[key]],
    path: STEP_PATHS[key],
    permissions: { take: gettingStartedStepPolicy.take(actor, key) },
  }));
  return { steps, completed: steps.filter((step) => step.done).length, dismissed };
}
