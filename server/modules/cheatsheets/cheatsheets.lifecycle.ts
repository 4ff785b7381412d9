import type { RequestContext } from "#server/kernel/context.ts";
import { inTransaction, type Executor } from "#server/kernel/db/database.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { AppError, badRequest, notFound } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { existingTermIds, workspaceGlossary } from "#server/modules/glossary/glossary.service.ts";
import { existingServiceIds } from "#server/modules/services/services.service.ts";
import { readSettings } from "#server/modules/settings/settings.service.ts";
import { checkClarity } from "#shared/clarity/clarity.ts";
import type { ClarityReport } from "#shared/contracts/clarity.ts";
import type { ApproveSheetInput, CheatSheet, ClarityException, RequestChangesInput, SheetActionInput } from "#shared/contracts/cheatsheets.ts";
import { cheatSheetPolicy } from "#shared/policies/cheatsheets.ts";
import { addReview, findForChange, finishChange, writeChange } from "./cheatsheets.changes.ts";
import * as history from "./cheatsheets.history.repository.ts";
import * as receipts from "./cheatsheets.receipts.repository.ts";
import * as repository from "./cheatsheets.repository.ts";
import { addDays } from "./cheatsheets.service.ts";
import { sheetFacts } from "./cheatsheets.presenter.ts";
import { contentOfVersion } from "./cheatsheets.view.ts";


export function submitSheet(ctx: RequestContext, id: string, input: SheetActionInput): Promise<CheatSheet> {
  return inTransaction(ctx.db, async (trx) => {
    const { row, working } = await findForChange(trx, ctx, id, input.version);
    enforce(cheatSheetPolicy.submit(ctx.actor, sheetFacts(row)));
    // Edited while in review (and so withdrawn): reviewers are told this is a second request, not the same one again.
    const [latest] = await history.listReviews(trx, ctx.workspaceId, id, 1);
    const resubmitted = latest?.action === "withdrawn";
    const after = await writeChange(trx, ctx, row, { draft_status: "in_review", ...(row.published_version === null ? { status: "in_review" } : {}) });
    await addReview(trx, ctx, id, { action: "submitted", comment: input.comment });
    return finishChange(trx, ctx, {
      before: row,
      after: { row: after, working },
      what: resubmitted ? "submitted for review again" : "submitted for review",
      event: "cheatsheet.submitted",
      extra: { comment: input.comment, resubmitted },
    });
  });
}

/** The clarity check of a working copy, with the workspace's glossary and limits. */
async function checkWorkingCopy(trx: Executor, workspaceId: string, { row, working }: repository.SheetState): Promise<ClarityReport> {
  const [settings, glossary] = await Promise.all([readSettings(trx, workspaceId), workspaceGlossary(trx, workspaceId)]);
  const linked = new Set(working.termIds);
  return checkClarity({ pitch: row.pitch, body: row.body }, {
    glossary: glossary.map((term) => ({ term: term.term, synonyms: term.synonyms, linked: linked.has(term.id) })),
    thresholds: settings.clarity,
  });
}

/**
 * Publishes the draft as a new immutable version. A pmo lead may approve any
 * draft; a pm only one they did not write. A draft that breaks a clarity
 * limit needs the reviewer to accept the exception, with a comment saying
 * why; the published version shows it.
 */
export function approveSheet(ctx: RequestContext, id: string, input: ApproveSheetInput): Promise<CheatSheet> {
  return inTransaction(ctx.db, async (trx) => {
    const { row, working } = await findForChange(trx, ctx, id, input.version);
    enforce(cheatSheetPolicy.approve(ctx.actor, sheetFacts(row)));
    const report = await checkWorkingCopy(trx, ctx.workspaceId, { row, working });
    const exception = clarityException(ctx, report, input);
    const at = now();
    const number = (row.published_version ?? 0) + 1;
    const version = {
      id: newId(),
      workspace_id: ctx.workspaceId,
      sheet_id: id,
      number,
      title: row.title,
      pitch: row.pitch,
      body: row.body,
      tags: JSON.stringify(row.tags),
      service_ids: JSON.stringify(working.serviceIds),
      term_ids: JSON.stringify(working.termIds),
      author_member_id: row.draft_author_member_id,
      reviewer_member_id: ctx.actor.memberId,
      review_comment: input.comment,
      clarity_exception: exception ? JSON.stringify(exception) : null,
      published_at: at,
    };
    await history.insertVersion(trx, version);
    await repository.replaceLinks(trx, ctx.workspaceId, id, "published", working);
    const after = await writeChange(trx, ctx, row, { ...published(ctx, row, at), published_version: number, published_at: at, draft_author_member_id: null }, at);
    await addReview(trx, ctx, id, { action: "approved", comment: input.comment, versionNumber: number });
    // The reviewer has just read what they published.
    await receipts.recordRead(trx, { workspaceId: ctx.workspaceId, sheetId: id, memberId: ctx.actor.memberId, versionNumber: number, at });
    return finishChange(trx, ctx, {
      before: row,
      after: { row: after, working, published: version },
      what: `published (version ${number})`,
      event: "cheatsheet.published",
      extra: { versionNumber: number, comment: input.comment },
    });
  });
}

function clarityException(ctx: RequestContext, report: ClarityReport, input: ApproveSheetInput): ClarityException | null {
  if (report.passes) return null;
  if (!input.acceptException) {
    throw new AppError(
      422,
      "clarity_exception_required",
      "This sheet breaks the workspace's clarity limits. Request changes, or accept the exception with a comment saying why.",
      report.findings.map((finding) => ({ path: "body", message: finding.message })),
    );
  }
  if (!input.comment) {
    throw badRequest("validation_failed", "Say why you accept the exception.", [{ path: "body.comment", message: "Required when accepting the exception." }]);
  }
  return {
    acceptedBy: { id: ctx.actor.memberId, name: ctx.actor.name, email: ctx.actor.email },
    comment: input.comment,
    findings: report.findings.map(({ code, message }) => ({ code, message })),
  };
}

/** Published and verified now: the columns publishing and re-verifying share. */
const published = (ctx: RequestContext, row: repository.SheetRow, at: string): repository.SheetColumns => ({
  status: "published",
  draft_status: null,
  verified_at: at,
  verified_by_member_id: ctx.actor.memberId,
  verify_due_at: addDays(at, row.verification_interval_days),
  stale_notified_at: null,
});

export function requestChanges(ctx: RequestContext, id: string, input: RequestChangesInput): Promise<CheatSheet> {
  return inTransaction(ctx.db, async (trx) => {
    const { row, working } = await findForChange(trx, ctx, id, input.version);
    enforce(cheatSheetPolicy.requestChanges(ctx.actor, sheetFacts(row)));
    const after = await writeChange(trx, ctx, row, { draft_status: "draft", ...(row.published_version === null ? { status: "draft" } : {}) });
    await addReview(trx, ctx, id, { action: "changes_requested", comment: input.comment });
    return finishChange(trx, ctx, { before: row, after: { row: after, working }, what: "sent back for changes", event: "cheatsheet.changes_requested", extra: { comment: input.comment } });
  });
}

/** One click: the published content is still right; the next check is due an interval from now. */
export function verifySheet(ctx: RequestContext, id: string, input: SheetActionInput): Promise<CheatSheet> {
  return inTransaction(ctx.db, async (trx) => {
    const { row, working } = await findForChange(trx, ctx, id, input.version);
    enforce(cheatSheetPolicy.verify(ctx.actor, sheetFacts(row)));
    const at = now();
    const after = await writeChange(trx, ctx, row, { ...published(ctx, row, at), draft_status: row.draft_status }, at);
    await addReview(trx, ctx, id, { action: "verified", comment: input.comment, versionNumber: row.published_version });
    return finishChange(trx, ctx, { before: row, after: { row: after, working }, what: "re-verified", event: "cheatsheet.verified" });
  });
}

export function archiveSheet(ctx: RequestContext, id: string, input: SheetActionInput): Promise<CheatSheet> {
  return inTransaction(ctx.db, async (trx) => {
    const { row, working } = await findForChange(trx, ctx, id, input.version);
    enforce(cheatSheetPolicy.archive(ctx.actor, sheetFacts(row)));
    const after = await writeChange(trx, ctx, row, { status: "archived" });
    await addReview(trx, ctx, id, { action: "archived", comment: input.comment });
    return finishChange(trx, ctx, { before: row, after: { row: after, working }, what: "archived", event: "cheatsheet.archived" });
  });
}

export function unarchiveSheet(ctx: RequestContext, id: string, input: SheetActionInput): Promise<CheatSheet> {
  return inTransaction(ctx.db, async (trx) => {
    const { row, working } = await findForChange(trx, ctx, id, input.version);
    enforce(cheatSheetPolicy.unarchive(ctx.actor, sheetFacts(row)));
    const after = await writeChange(trx, ctx, row, { status: "published" });
    await addReview(trx, ctx, id, { action: "unarchived", comment: input.comment });
    return finishChange(trx, ctx, { before: row, after: { row: after, working }, what: "unarchived", event: "cheatsheet.unarchived" });
  });
}

/** An old version becomes the working copy, as a draft of the next version; nothing published changes. */
export function restoreVersion(ctx: RequestContext, id: string, number: number, input: SheetActionInput): Promise<CheatSheet> {
  return inTransaction(ctx.db, async (trx) => {
    const { row } = await findForChange(trx, ctx, id, input.version);
    enforce(cheatSheetPolicy.restoreVersion(ctx.actor, sheetFacts(row)));
    const version = await history.findVersion(trx, ctx.workspaceId, id, number);
    if (!version) throw notFound("version");
    const { serviceIds, termIds, ...content } = contentOfVersion(version);
    if (row.draft_status === "in_review") await addReview(trx, ctx, id, { action: "withdrawn", comment: `Replaced by version ${number}.` });
    const after = await writeChange(trx, ctx, row, { ...content, draft_status: "draft", draft_author_member_id: ctx.actor.memberId });
    // Links to services or terms deleted since are left out.
    const restored = {
      serviceIds: [...(await existingServiceIds(trx, ctx.workspaceId, serviceIds))],
      termIds: [...(await existingTermIds(trx, ctx.workspaceId, termIds))],
    };
    await repository.replaceLinks(trx, ctx.workspaceId, id, "working", restored);
    await addReview(trx, ctx, id, { action: "restored", comment: input.comment, versionNumber: number });
    return finishChange(trx, ctx, { before: row, after: { row: after, working: restored }, what: `restored from version ${number}`, event: "cheatsheet.updated" });
  });
}
