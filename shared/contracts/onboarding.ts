import { z } from "zod";
import { GETTING_STARTED_STEP_KEYS, type GettingStartedStepKey } from "#shared/policies/onboarding.ts";
import { RoleSchema } from "./common.ts";

export const GettingStartedStepSchema = z.object({
  key: z.enum(GETTING_STARTED_STEP_KEYS as [GettingStartedStepKey, ...GettingStartedStepKey[]]),
  /** Done when the workspace has what the step makes: checked from its records on every read. */
  done: z.boolean(),
  /** How many the workspace has (invitations sent or members beyond the first, services, terms, published sheets). */
  count: z.number().int().min(0),
  /** The roles that take this step. */
  takenBy: z.array(RoleSchema),
  /** The page where it is taken. */
  path: z.string(),
  permissions: z.object({ take: z.boolean() }),
});
export type GettingStartedStep = z.infer<typeof GettingStartedStepSchema>;

export const GettingStartedSchema = z.object({
  steps: z.array(GettingStartedStepSchema),
  completed: z.number().int().min(0),
  /** This member hid the checklist; it stays reachable from the home page. */
  dismissed: z.boolean(),
});
export type GettingStarted = z.infer<typeof GettingStartedSchema>;
