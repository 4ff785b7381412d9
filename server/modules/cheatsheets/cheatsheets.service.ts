import { CHEAT_SHEET_CONTENT_FIELDS } from "#shared/contracts/cheatsheets.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import { inTransaction, type Executor } from "#server/kernel/db/database.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { badRequest, notFound } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { parseSort, toPage } from "#server/kernel/pagination.ts";
import { isActiveMember } from "#server/modules/members/members.service.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import { existingTermIds } from "#server/modules/glossary/glossary.service.ts";
import { memberRefs } from "#server/modules/members/members.service.ts";
import { existingServiceIds } from "#server/modules/services/services.service.ts";
import type {
  CheatSheet,
  CheatSheetListQuery,
  CheatSheetSummary,
  CreateCheatSheetData,
  UpdateCheatSheetInput,
} from "#shared/contracts/cheatsheets.ts";
import type { Page } from "#shared/contracts/common.ts";
import { cheatSheetPolicy } from "#shared/policies/cheatsheets.ts";
import { addReview, findForChange, finishChange, isWriter, writeChange } from "./cheatsheets.changes.ts";
import { presentRecord, presentSummary, sheetFacts, sheetSummary } from "./cheatsheets.presenter.ts";
import * as receipts from "./cheatsheets.receipts.repository.ts";
import * as repository from "./cheatsheets.repository.ts";
import { unindexSheet } from "./cheatsheets.search.ts";
import { viewSheet } from "./cheatsheets.view.ts";

const SORT_COLUMNS = { title: "title", updatedAt: "updated_at" };

const invalid = (field: string, message: string) =>
  badRequest("validation_failed", "Some fields are missing or invalid.", [{ path: `body.${field}`, message }]);

export async function listSheets(ctx: RequestContext, query: CheatSheetListQuery): Promise<Page<CheatSheetSummary>> {
  const sort = parseSort(query.sort, SORT_COLUMNS);
  const at = now();
  const rows = await repository.listSheets(ctx.db, ctx.workspaceId, {
    copy: isWriter(ctx) ? "working" : "published",
    memberId: ctx.actor.memberId,
    filter: { ...query, now: at },
    sort,
    cursor: query.cursor,
    limit: query.limit,
  });
  const members = await memberRefs(ctx.db, ctx.workspaceId, rows.map((row) => row.owner_member_id));
  return toPage(rows, query.limit, (row) => [row.sortValue, row.id], (row) =>
    presentSummary(row, { members }, { actor: ctx.actor, readVersion: row.read_version, acknowledged: row.acknowledged_at !== null, now: at }),
  );
}

/** Readers see published sheets only; opening one records that the caller read its current version. */
export async function getSheet(ctx: RequestContext, id: string): Promise<CheatSheet> {
  const row = await repository.findSheet(ctx.db, ctx.workspaceId, id);
  const writer = isWriter(ctx);
  if (!row || (!writer && row.status !== "published")) throw notFound("cheat sheet");
  if (row.published_version !== null) {
    await receipts.recordRead(ctx.db, { workspaceId: ctx.workspaceId, sheetId: id, memberId: ctx.actor.memberId, versionNumber: row.published_version, at: now() });
  }
  return viewSheet(ctx.db, ctx.workspaceId, row, { actor: ctx.actor, now: now() });
}

/** Owner, services and terms must be of this workspace; a wrong id is a field error, not a 404. */
async function checkReferences(trx: Executor, ctx: RequestContext, input: { ownerId?: string | null; serviceIds?: string[]; termIds?: string[] }) {
  if (input.ownerId && !(await isActiveMember(trx, ctx.workspaceId, input.ownerId))) {
    throw invalid("ownerId", "Not an active member of this workspace.");
  }
  for (const [field, existing, ids, message] of [
    ["serviceIds", existingServiceIds, input.serviceIds, "No such service."],
    ["termIds", existingTermIds, input.termIds, "No such glossary term."],
  ] as const) {
    if (!ids?.length) continue;
    const found = await existing(trx, ctx.workspaceId, ids);
    const missing = ids.findIndex((value) => !found.has(value));
    if (missing >= 0) throw invalid(`${field}.${missing}`, message);
  }
}

export function createSheet(ctx: RequestContext, input: CreateCheatSheetData): Promise<CheatSheet> {
  return inTransaction(ctx.db, async (trx) => {
    await checkReferences(trx, ctx, input);
    const id = newId();
    const row = await repository.insertSheet(trx, {
      id,
      workspaceId: ctx.workspaceId,
      at: now(),
      content: { title: input.title, pitch: input.pitch, body: input.body, tags: input.tags },
      ownerId: input.ownerId === undefined ? ctx.actor.memberId : input.ownerId,
      authorId: ctx.actor.memberId,
      verificationIntervalDays: input.verificationIntervalDays,
    });
    const working = { serviceIds: input.serviceIds, termIds: input.termIds };
    await repository.replaceLinks(trx, ctx.workspaceId, id, "working", working);
    return finishChange(trx, ctx, { before: null, after: { row, working }, what: "created", event: "cheatsheet.created" });
  });
}


/**
 * Edits the working copy. Editing a published sheet starts the draft of its
 * next version (readers keep the published one); editing a sheet in review
 * takes it back to draft, so what a reviewer approves is what they read.
 */
export function updateSheet(ctx: RequestContext, id: string, input: UpdateCheatSheetInput): Promise<CheatSheet> {
  return inTransaction(ctx.db, async (trx) => {
    const { row, working } = await findForChange(trx, ctx, id, input.version);
    enforce(cheatSheetPolicy.update(ctx.actor, sheetFacts(row)));
    await checkReferences(trx, ctx, input);
    const editsContent = CHEAT_SHEET_CONTENT_FIELDS.some((field) => input[field] !== undefined);
    const columns: repository.SheetColumns = {
      title: input.title,
      pitch: input.pitch,
      body: input.body,
      tags: input.tags,
      owner_member_id: input.ownerId,
    };
    if (input.verificationIntervalDays !== undefined) {
      columns.verification_interval_days = input.verificationIntervalDays;
      if (row.verified_at) columns.verify_due_at = addDays(row.verified_at, input.verificationIntervalDays);
    }
    if (editsContent && row.draft_status !== "draft") {
      if (row.draft_status === "in_review") await addReview(trx, ctx, id, { action: "withdrawn", comment: "Edited during review." });
      columns.draft_status = "draft";
      if (row.published_version === null) columns.status = "draft";
      if (row.draft_status === null) columns.draft_author_member_id = ctx.actor.memberId;
    }
    const after = await writeChange(trx, ctx, row, dropUndefined(columns));
    const links = { serviceIds: input.serviceIds ?? working.serviceIds, termIds: input.termIds ?? working.termIds };
    if (input.serviceIds !== undefined || input.termIds !== undefined) await repository.replaceLinks(trx, ctx.workspaceId, id, "working", links);
    return finishChange(trx, ctx, { before: row, after: { row: after, working: links }, what: "changed", event: "cheatsheet.updated" });
  });
}

/** Only a sheet that was never published can be deleted; published ones are archived, keeping their history. */
export async function deleteSheet(ctx: RequestContext, id: string): Promise<void> {
  await inTransaction(ctx.db, async (trx) => {
    const row = await repository.findSheet(trx, ctx.workspaceId, id);
    if (!row) throw notFound("cheat sheet");
    enforce(cheatSheetPolicy.delete(ctx.actor, sheetFacts(row)));
    const members = await memberRefs(trx, ctx.workspaceId, [row.owner_member_id, row.draft_author_member_id]);
    const before = presentRecord(row, { members });
    await repository.deleteSheet(trx, ctx.workspaceId, id);
    await unindexSheet(trx, ctx.workspaceId, id);
    await writeAudit(trx, ctx.actor, { action: "delete", recordType: "cheatsheet", recordId: id, summary: sheetSummary(row, "deleted"), before });
    await recordEvent(trx, ctx.actor, { type: "cheatsheet.deleted", recordType: "cheatsheet", recordId: id, payload: { sheet: before } });
  });
}

/** Of these sheets, the ones stale now: search marks them like every list does. */
export async function staleSheetIds(db: Executor, workspaceId: string, ids: string[]): Promise<Set<string>> {
  return new Set(await repository.listStaleIds(db, workspaceId, ids, now()));
}

export const addDays = (iso: string, days: number) => new Date(Date.parse(iso) + days * 86_400_000).toISOString();

const dropUndefined = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, entry]) => entry !== undefined)) as T;

/** For other modules: the sheets that link a service or a glossary term, as the caller may see them. */
export function sheetsLinking(ctx: RequestContext, target: { type: "service" | "term"; id: string }) {
  return repository.listSheetsLinking(ctx.db, ctx.workspaceId, target, isWriter(ctx) ? "working" : "published");
}

/** For other modules: before a service or term is deleted, no sheet links it any more (published versions keep their record). */
export const unlinkFromSheets = repository.deleteLinksTo;

/** For other modules (the getting-started checklist). */
export const countPublishedSheets = (db: Executor, workspaceId: string): Promise<number> => repository.countPublishedSheets(db, workspaceId);

/**
 * For readiness: per service, its published sheets, and per member and
 * service how many of those they acknowledged in the current version (two
 * queries, any team size).
 */
export async function acknowledgementsByService(db: Executor, workspaceId: string): Promise<{ sheets: Map<string, number>; acknowledged: Map<string, Map<string, number>> }> {
  const [sheets, rows] = await Promise.all([receipts.countPublishedSheetsByService(db, workspaceId), receipts.countCurrentAcknowledgementsByService(db, workspaceId)]);
  const acknowledged = new Map<string, Map<string, number>>();
  for (const row of rows) {
    let services = acknowledged.get(row.member_id);
    if (!services) acknowledged.set(row.member_id, (services = new Map()));
    services.set(row.service_id, Number(row.acknowledged));
  }
  return { sheets, acknowledged };
}

/**
 * For courses: each sheet's title and whether it is published, and per
 * "member:sheet" whether the member acknowledged its current version
 * (`current`) or only an older one (`older`).
 */
export async function sheetModuleProgress(db: Executor, workspaceId: string, sheetIds: readonly string[], memberIds: readonly string[]) {
  const { sheets, acknowledgements } = await receipts.sheetProgress(db, workspaceId, [...new Set(sheetIds)], [...new Set(memberIds)]);
  const byId = new Map(sheets.map((sheet) => [sheet.id, { title: sheet.title, published: sheet.status === "published", version: sheet.published_version }]));
  const state = new Map<string, "current" | "older">();
  for (const row of acknowledgements) {
    const version = byId.get(row.sheet_id)?.version;
    if (version !== null && version !== undefined) state.set(`${row.member_id}:${row.sheet_id}`, Number(row.version) >= version ? "current" : "older");
  }
  return { sheets: byId, state };
}
