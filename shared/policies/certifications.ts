import { forbid, hasAnyRole, onlyRoles, type Policy, type PolicyActor } from "./policy.ts";
import { CATALOG_EDITORS, TRAINING_MANAGERS } from "./roles.ts";

/** Who sees every member's certifications and readiness; everyone else sees their own. */
export const READINESS_VIEWERS = [...TRAINING_MANAGERS, "admin"] as const;
export const seesEveryonesReadiness = (actor: Pick<PolicyActor, "roles">): boolean => hasAnyRole(actor, READINESS_VIEWERS);

const catalogEditor = onlyRoles(CATALOG_EDITORS, "not_a_catalog_editor", "Only PMO leads and admins decide what selling a service needs.");

/** What it takes to sell a service is part of the catalog: the PMO's to set. */
export const requirementPolicy = {
  update: catalogEditor,
  delete: catalogEditor,
} satisfies Policy<unknown, string>;

export type RequirementPermissions = Record<keyof typeof requirementPolicy, boolean>;

/** A certificate is its holder's, and those who see everyone's readiness. */
export const certificationPolicy = {
  downloadCertificate: (actor, certification) =>
    certification.memberId === actor.memberId || seesEveryonesReadiness(actor)
      ? null
      : forbid("not_yours", "Only its holder and sales managers download a certificate."),
} satisfies Policy<{ memberId: string }, string>;

export type CertificationPermissions = Record<keyof typeof certificationPolicy, boolean>;
