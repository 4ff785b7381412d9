import type { GlossaryTermRecord } from "#shared/contracts/glossary.ts";
import { glossaryTermPolicy, type GlossaryTermPermissions } from "#shared/policies/glossary.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import type { GlossaryTermRow } from "./glossary.repository.ts";

export function presentTerm(row: GlossaryTermRow): GlossaryTermRecord {
  return {
    id: row.id,
    term: row.term,
    definition: row.definition,
    synonyms: row.synonyms,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** What the caller may do with any term: the glossary's rules depend on roles only. */
export const termPermissions = (actor: PolicyActor): GlossaryTermPermissions => permissionsOf(glossaryTermPolicy, actor, null);

/** The one line the audit log shows for a term. */
export const termSummary = (term: Pick<GlossaryTermRecord, "term">) => `Glossary term "${term.term}"`;
