import type { RequestContext } from "#server/kernel/context.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { conflict, notFound, staleVersion } from "#server/kernel/errors.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { parseSort, toPage } from "#server/kernel/pagination.ts";
import { writeAudit, type AuditActor } from "#server/modules/audit/audit.writer.ts";
import type { Page } from "#shared/contracts/common.ts";
import type {
  CreateGlossaryTermData,
  GlossaryListQuery,
  GlossaryTerm,
  GlossaryTermDetail,
  GlossaryTermRecord,
  UpdateGlossaryTermInput,
} from "#shared/contracts/glossary.ts";
import { sheetsLinking, unlinkFromSheets } from "#server/modules/cheatsheets/cheatsheets.service.ts";
import { glossaryTermPolicy } from "#shared/policies/glossary.ts";
import { presentTerm, termPermissions, termSummary } from "./glossary.presenter.ts";
import * as repository from "./glossary.repository.ts";
import { indexTerm, unindexTerm } from "./glossary.search.ts";

const SORT_COLUMNS = { term: "sort_key", updatedAt: "updated_at" };

const duplicateTerm = (term: string) =>
  conflict("duplicate_term", `The glossary already has "${term}".`, "body.term");

export async function listTerms(ctx: RequestContext, query: GlossaryListQuery): Promise<Page<GlossaryTerm>> {
  const sort = parseSort(query.sort, SORT_COLUMNS);
  const rows = await repository.listTerms(ctx.db, ctx.workspaceId, { q: query.q, sort, cursor: query.cursor, limit: query.limit });
  const key = sort.column === "sort_key" ? "sort_key" : "updated_at";
  const permissions = termPermissions(ctx.actor);
  return toPage(rows, query.limit, (row) => [row[key], row.id], (row) => ({ ...presentTerm(row), permissions }));
}

export async function getTerm(ctx: RequestContext, id: string): Promise<GlossaryTermDetail> {
  const row = await repository.findTerm(ctx.db, ctx.workspaceId, id);
  if (!row) throw notFound("glossary term");
  return { ...presentTerm(row), permissions: termPermissions(ctx.actor), relatedSheets: await sheetsLinking(ctx, { type: "term", id }) };
}

export async function createTerm(ctx: RequestContext, input: CreateGlossaryTermData): Promise<GlossaryTerm> {
  const record = await ctx.db.transaction().execute((trx) => addTerm(trx, ctx.actor, input));
  return { ...record, permissions: termPermissions(ctx.actor) };
}

/** Creates, indexes and audits a term inside the caller's transaction (the API, the demo seed). */
export async function addTerm(trx: Executor, actor: AuditActor, input: CreateGlossaryTermData): Promise<GlossaryTermRecord> {
  const id = newId();
  const result = await repository.insertTerm(trx, { id, workspaceId: actor.workspaceId, at: now(), values: input });
  if (result === "duplicate") throw duplicateTerm(input.term);
  const after = presentTerm((await repository.findTerm(trx, actor.workspaceId, id))!);
  await indexTerm(trx, actor.workspaceId, after);
  await writeAudit(trx, actor, { action: "create", recordType: "glossary_term", recordId: id, summary: termSummary(after), after });
  await recordEvent(trx, actor, { type: "glossary_term.created", recordType: "glossary_term", recordId: id, payload: { term: after } });
  return after;
}

export function updateTerm(ctx: RequestContext, id: string, input: UpdateGlossaryTermInput): Promise<GlossaryTerm> {
  enforce(glossaryTermPolicy.update(ctx.actor));
  return ctx.db.transaction().execute(async (trx) => {
    const current = await repository.findTerm(trx, ctx.workspaceId, id);
    if (!current) throw notFound("glossary term");
    if (current.version !== input.version) throw staleVersion("glossary term");
    const { version, ...values } = input;
    const result = await repository.updateTerm(trx, ctx.workspaceId, { id, version, at: now(), values });
    if (result === "duplicate") throw duplicateTerm(values.term ?? current.term);
    if (result === "stale") throw staleVersion("glossary term");
    const before = presentTerm(current);
    const after = presentTerm((await repository.findTerm(trx, ctx.workspaceId, id))!);
    await indexTerm(trx, ctx.workspaceId, after);
    await writeAudit(trx, ctx.actor, { action: "update", recordType: "glossary_term", recordId: id, summary: termSummary(after), before, after });
    await recordEvent(trx, ctx.actor, {
      type: "glossary_term.updated",
      recordType: "glossary_term",
      recordId: id,
      payload: { term: after, previous: before },
    });
    return { ...after, permissions: termPermissions(ctx.actor) };
  });
}

export async function deleteTerm(ctx: RequestContext, id: string): Promise<void> {
  enforce(glossaryTermPolicy.delete(ctx.actor));
  await ctx.db.transaction().execute(async (trx) => {
    const current = await repository.findTerm(trx, ctx.workspaceId, id);
    if (!current) throw notFound("glossary term");
    await unlinkFromSheets(trx, ctx.workspaceId, { type: "term", id });
    if (!(await repository.deleteTerm(trx, ctx.workspaceId, id))) throw notFound("glossary term");
    const before = presentTerm(current);
    await unindexTerm(trx, ctx.workspaceId, id);
    await writeAudit(trx, ctx.actor, { action: "delete", recordType: "glossary_term", recordId: id, summary: termSummary(before), before });
    await recordEvent(trx, ctx.actor, { type: "glossary_term.deleted", recordType: "glossary_term", recordId: id, payload: { term: before } });
  });
}

/** Every term of the workspace, as the clarity check and the rendered sheets use them. */
export async function workspaceGlossary(db: Executor, workspaceId: string) {
  return (await repository.listAllTerms(db, workspaceId)).map(({ id, term, synonyms, definition }) => ({ id, term, synonyms, definition }));
}

/** For other modules: the ids among `ids` that are terms of the workspace. */
export async function existingTermIds(db: Executor, workspaceId: string, ids: readonly string[]): Promise<Set<string>> {
  return new Set(await repository.listExistingIds(db, workspaceId, [...new Set(ids)]));
}

/** For other modules (the getting-started checklist). */
export const countTerms = (db: Executor, workspaceId: string): Promise<number> => repository.countTerms(db, workspaceId);
