import type { Role } from "#shared/contracts/common.ts";
import { ADMINS, CATALOG_EDITORS, CHEATSHEET_MANAGERS, CHEATSHEET_READERS, CHEATSHEET_WRITERS, TRAINING_MANAGERS } from "./roles.ts";
import { READINESS_VIEWERS } from "./certifications.ts";
import { hasAnyRole, type PolicyActor } from "./policy.ts";

/**
 * What a member may do beyond reading, before any record exists: create one,
 * or open a part of Tandem. `GET /api/v1/session` lists the caller's; the web
 * shows buttons, pages and navigation from these alone.
 */
const CAPABILITY_ROLES = {
  /** Create, edit and delete services. */
  "services.manage": CATALOG_EDITORS,
  "cheatsheets.create": CHEATSHEET_WRITERS,
  /** Lists and search show writers every working copy, readers the published sheets. */
  "cheatsheets.seeWorkingCopies": CHEATSHEET_WRITERS,
  "cheatsheets.seeAcknowledgements": CHEATSHEET_MANAGERS,
  /** Asked to acknowledge each sheet they read (any member may). */
  "cheatsheets.confirmReading": CHEATSHEET_READERS,
  /** Add, edit and delete glossary terms. */
  "glossary.manage": CHEATSHEET_WRITERS,
  /** Build quizzes (later courses and sessions); see everyone's attempts and results. */
  "training.manage": TRAINING_MANAGERS,
  /** See every member's certifications and the team's readiness matrix (others see their own). */
  "readiness.viewTeam": READINESS_VIEWERS,
  "members.manage": ADMINS,
  "invitations.manage": ADMINS,
  "webhooks.manage": ADMINS,
  "jobs.manage": ADMINS,
  "outbox.read": ADMINS,
  "audit.read": ADMINS,
  "settings.update": ADMINS,
} satisfies Record<string, readonly Role[]>;

export type Capability = keyof typeof CAPABILITY_ROLES;
export const CAPABILITIES = Object.keys(CAPABILITY_ROLES) as Capability[];

export function capabilitiesOf(actor: Pick<PolicyActor, "roles">): Capability[] {
  return CAPABILITIES.filter((capability) => hasAnyRole(actor, CAPABILITY_ROLES[capability]));
}
