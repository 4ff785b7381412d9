import type { Executor } from "#server/kernel/db/database.ts";
import { indexDocument, removeDocuments } from "#server/kernel/search/search.ts";
import type { GlossaryTermRecord } from "#shared/contracts/glossary.ts";

export const GLOSSARY_KIND = "glossary_term";

/** Everyone finds glossary terms, by the term, its synonyms and its definition. */
export function indexTerm(trx: Executor, workspaceId: string, term: GlossaryTermRecord): Promise<void> {
  return indexDocument(trx, {
    workspaceId,
    kind: GLOSSARY_KIND,
    recordId: term.id,
    audience: "all",
    title: term.term,
    body: [term.synonyms.join(", "), term.definition].filter(Boolean).join("\n"),
    status: "published",
    tags: [],
    serviceIds: [],
    updatedAt: term.updatedAt,
  });
}

export const unindexTerm = (trx: Executor, workspaceId: string, id: string) =>
  removeDocuments(trx, { workspaceId, kind: GLOSSARY_KIND, recordId: id });
