import type { Decision } from "#shared/policies/policy.ts";
import { AppError, forbidden } from "./errors.ts";

/**
 * Carries out a policy's decision in a service: who the caller is is a 403
 * (`forbidden`, as every role refusal), where the record stands a 409 with
 * the policy's reason as the code.
 */
export function enforce(decision: Decision): void {
  if (!decision) return;
  if (decision.kind === "forbidden") throw forbidden(decision.message);
  throw new AppError(409, decision.reason, decision.message);
}
