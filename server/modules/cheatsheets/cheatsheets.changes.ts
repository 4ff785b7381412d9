import type { RequestContext } from "#server/kernel/context.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { notFound, staleVersion } from "#server/kernel/errors.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import type { EventPayload, EventType } from "#shared/contracts/events.ts";
import { isCheatSheetWriter } from "#shared/policies/cheatsheets.ts";
import * as history from "./cheatsheets.history.repository.ts";
import { presentRecord, sheetSummary } from "./cheatsheets.presenter.ts";
import * as repository from "./cheatsheets.repository.ts";
import { reindexSheet } from "./cheatsheets.search.ts";
import { loadSheetView } from "./cheatsheets.view.ts";

/**
 * The steps every change of a sheet shares: read it once at the caller's
 * version, write, then index, audit and tell — each step handed what the one
 * before it read or wrote, so a change reads the sheet and its links once.
 */

export const isWriter = (ctx: RequestContext) => isCheatSheetWriter(ctx.actor);

/** The sheet and its working links, at the version the caller saw. */
export async function findForChange(trx: Executor, ctx: RequestContext, id: string, version: number): Promise<repository.SheetState> {
  const row = await repository.findSheet(trx, ctx.workspaceId, id);
  if (!row) throw notFound("cheat sheet");
  if (row.version !== version) throw staleVersion("cheat sheet");
  return { row, working: await repository.findLinks(trx, ctx.workspaceId, id, "working") };
}

/** Writes the columns at the version read; answers the sheet as stored. */
export async function writeChange(trx: Executor, ctx: RequestContext, row: repository.SheetRow, columns: repository.SheetColumns, at = now()): Promise<repository.SheetRow> {
  const stored = await repository.updateSheet(trx, ctx.workspaceId, { id: row.id, version: row.version, at, columns });
  if (!stored) throw staleVersion("cheat sheet");
  return stored;
}

export async function addReview(
  trx: Executor,
  ctx: RequestContext,
  sheetId: string,
  entry: { action: history.ReviewRow["action"]; comment?: string; versionNumber?: number | null },
) {
  await history.insertReview(trx, {
    id: newId(),
    workspace_id: ctx.workspaceId,
    sheet_id: sheetId,
    action: entry.action,
    member_id: ctx.actor.memberId,
    comment: entry.comment ?? "",
    version_number: entry.versionNumber ?? null,
    at: now(),
  });
}

type SheetEvent = {
  [T in EventType]: EventPayload<T> extends { sheet: unknown } ? T : never;
}[EventType];

/**
 * After a change: reindexes the sheet, writes the audit entry (before → after
 * records) and records the event, then answers with the sheet as the caller sees it.
 */
export async function finishChange<T extends SheetEvent>(
  trx: Executor,
  ctx: RequestContext,
  change: {
    before: repository.SheetRow | null;
    after: repository.SheetState;
    what: string;
    event: T;
    extra?: Omit<EventPayload<T>, "sheet" | "previous">;
  },
): Promise<CheatSheet> {
  const after = change.after.row;
  await reindexSheet(trx, ctx.workspaceId, change.after, change.before);
  const { sheet, refs } = await loadSheetView(trx, ctx.workspaceId, change.after, {
    actor: ctx.actor,
    now: now(),
    alsoNamed: [change.before?.owner_member_id ?? null, change.before?.draft_author_member_id ?? null],
  });
  const afterRecord = presentRecord(after, refs);
  const beforeRecord = change.before ? presentRecord(change.before, refs) : null;
  await writeAudit(trx, ctx.actor, {
    action: change.before ? "update" : "create",
    recordType: "cheatsheet",
    recordId: after.id,
    summary: sheetSummary(after, change.what),
    before: beforeRecord,
    after: afterRecord,
  });
  const payload = { sheet: afterRecord, ...(change.event === "cheatsheet.updated" ? { previous: beforeRecord } : {}), ...change.extra };
  await recordEvent(trx, ctx.actor, { type: change.event, recordType: "cheatsheet", recordId: after.id, payload: payload as EventPayload<T> });
  return sheet;
}
