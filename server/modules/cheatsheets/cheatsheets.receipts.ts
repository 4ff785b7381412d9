import type { RequestContext } from "#server/kernel/context.ts";
import { inTransaction } from "#server/kernel/db/database.ts";
import type { z } from "zod";
import { enforce } from "#server/kernel/enforce.ts";
import { forbidden, notFound } from "#server/kernel/errors.ts";
import { now } from "#server/kernel/ids.ts";
import { toPage } from "#server/kernel/pagination.ts";
import { activeMemberRefsWithRole, memberRefs } from "#server/modules/members/members.service.ts";
import type { CheatSheetStats, MemberAcknowledgementPage, SheetAcknowledgementsSchema } from "#shared/contracts/cheatsheets.ts";
import { cheatSheetPolicy, isCheatSheetManager, isCheatSheetWriter } from "#shared/policies/cheatsheets.ts";
import { sheetFacts } from "./cheatsheets.presenter.ts";
import * as receipts from "./cheatsheets.receipts.repository.ts";
import * as repository from "./cheatsheets.repository.ts";
import { markReadAbout } from "#server/modules/notifications/notifications.service.ts";

/** A per-sheet report lists at most this many reps. */
const MAX_REPS_LISTED = 1000;

/** "I've read this": acknowledges the current published version; a new version asks again. */
export async function acknowledgeSheet(ctx: RequestContext, id: string) {
  const row = await repository.findSheet(ctx.db, ctx.workspaceId, id);
  if (!row || row.status !== "published" || row.published_version === null) throw notFound("cheat sheet");
  const at = now();
  const entry = { workspaceId: ctx.workspaceId, sheetId: id, memberId: ctx.actor.memberId, versionNumber: row.published_version, at };
  await inTransaction(ctx.db, async (trx) => {
    await receipts.acknowledge(trx, entry);
    await receipts.recordRead(trx, entry);
    // "Read it and mark it as read": done, so the notification that asked is read too.
    await markReadAbout(trx, ctx.workspaceId, ctx.actor.memberId, { type: "cheat_sheet", id }, "cheatsheet.published");
  });
  const stored = await receipts.findAcknowledgement(ctx.db, ctx.workspaceId, id, ctx.actor.memberId, row.published_version);
  return { sheetId: id, versionNumber: row.published_version, acknowledgedAt: stored?.acknowledged_at ?? at };
}

/** Per sheet: every active rep, what they acknowledged and last read. */
export async function sheetAcknowledgements(ctx: RequestContext, id: string): Promise<z.infer<typeof SheetAcknowledgementsSchema>> {
  const row = await repository.findSheet(ctx.db, ctx.workspaceId, id);
  // Those who do not write see published sheets only: another one does not exist for them.
  if (!row || (!isCheatSheetWriter(ctx.actor) && row.status !== "published")) throw notFound("cheat sheet");
  enforce(cheatSheetPolicy.seeAcknowledgements(ctx.actor, sheetFacts(row)));
  const [reps, { reads, acknowledgements }] = await Promise.all([
    activeMemberRefsWithRole(ctx.db, ctx.workspaceId, "rep", MAX_REPS_LISTED),
    receipts.listSheetReceipts(ctx.db, ctx.workspaceId, id),
  ]);
  return {
    publishedVersion: row.published_version,
    items: reps.map((member) => {
      const ack = acknowledgements.get(member.id);
      const read = reads.get(member.id);
      return {
        member,
        acknowledgedVersion: ack?.version_number ?? null,
        acknowledgedAt: ack?.acknowledged_at ?? null,
        current: row.published_version !== null && ack?.version_number === row.published_version,
        lastReadVersion: read?.version_number ?? null,
        lastReadAt: read?.read_at ?? null,
      };
    }),
  };
}

/** Per member: their acknowledgements across the published sheets. Anyone sees their own; managers see anyone's. */
export async function memberAcknowledgements(
  ctx: RequestContext,
  query: { memberId?: string; cursor?: string; limit: number },
): Promise<MemberAcknowledgementPage> {
  const memberId = query.memberId ?? ctx.actor.memberId;
  if (memberId !== ctx.actor.memberId) {
    if (!isCheatSheetManager(ctx.actor)) throw forbidden("Only managers see other members' acknowledgements.");
    // A member of another workspace (or none) has no acknowledgements here: an empty list, as any filter gives.
    if (!(await memberRefs(ctx.db, ctx.workspaceId, [memberId])).has(memberId)) {
      return { items: [], nextCursor: null, summary: { sheets: 0, current: 0, askedAgain: 0 } };
    }
  }
  const sort = { column: "published.title", direction: "asc" as const };
  const rows = await receipts.listMemberAcknowledgements(ctx.db, ctx.workspaceId, { memberId, sort, cursor: query.cursor, limit: query.limit });
  const summary = await receipts.countMemberAcknowledgements(ctx.db, ctx.workspaceId, memberId);
  const page = toPage(rows, query.limit, (row) => [row.title, row.id], (row) => ({
    sheet: { id: row.id, title: row.title, publishedVersion: row.published_version },
    acknowledgedVersion: row.acknowledged_version === null ? null : Number(row.acknowledged_version),
    acknowledgedAt: row.acknowledged_at ?? null,
    current: Number(row.acknowledged_version) === row.published_version,
  }));
  return { ...page, summary };
}

/** The trust score: the share of published sheets that are verified (not stale). */
export async function sheetStats(ctx: RequestContext): Promise<CheatSheetStats> {
  const counts = await receipts.countStats(ctx.db, ctx.workspaceId, ctx.actor.memberId, now());
  const verified = counts.published - counts.stale;
  return {
    published: counts.published,
    verified,
    stale: counts.stale,
    trustScore: counts.published === 0 ? null : Math.round((verified / counts.published) * 1000) / 1000,
    unacknowledged: counts.unacknowledged,
  };
}
