import type { GlossaryTerm } from "#shared/contracts/glossary.ts";
import type { GlossaryTermRow } from "./glossary.repository.ts";

export function presentTerm(row: GlossaryTermRow): GlossaryTerm {
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

/** The one line the audit log shows for a term. */
export const termSummary = (term: Pick<GlossaryTerm, "term">) => `Glossary term "${term.term}"`;
