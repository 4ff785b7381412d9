import type { Executor } from "#server/kernel/db/database.ts";
import { workspaceGlossary } from "#server/modules/glossary/glossary.service.ts";
import { memberRefs } from "#server/modules/members/members.service.ts";
import { serviceRefs } from "#server/modules/services/services.service.ts";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { isCheatSheetWriter } from "#shared/policies/cheatsheets.ts";
import type { PolicyActor } from "#shared/policies/policy.ts";
import * as history from "./cheatsheets.history.repository.ts";
import { parseException, presentContent, presentReview, presentSummary, type Refs } from "./cheatsheets.presenter.ts";
import * as receipts from "./cheatsheets.receipts.repository.ts";
import * as repository from "./cheatsheets.repository.ts";

export interface Viewer {
  actor: PolicyActor;
  now: string;
  /** More members to load names of with the sheet's own (the audit entry of a change names the previous owner). */
  alsoNamed?: (string | null)[];
}

const linksOfVersion = (version: history.VersionRow): repository.SheetLinks => ({
  serviceIds: JSON.parse(version.service_ids) as string[],
  termIds: JSON.parse(version.term_ids) as string[],
});

export const contentOfVersion = (version: history.VersionRow) => ({
  title: version.title,
  pitch: version.pitch,
  body: version.body,
  tags: JSON.parse(version.tags) as string[],
  ...linksOfVersion(version),
});

/** Names of services, members and glossary terms for one response. */
export async function loadRefs(db: Executor, workspaceId: string, ids: { members: (string | null)[]; services: string[] }): Promise<Refs> {
  const [members, services, terms] = await Promise.all([
    memberRefs(db, workspaceId, ids.members),
    serviceRefs(db, workspaceId, ids.services),
    workspaceGlossary(db, workspaceId),
  ]);
  return { members, services, terms };
}

/** The sheet's published version: the one a change has just written, or read. */
export async function publishedVersionOf(db: Executor, workspaceId: string, state: Pick<repository.SheetState, "row" | "published">) {
  const number = state.row.published_version;
  if (number === null) return undefined;
  if (state.published?.number === number) return state.published;
  return history.findVersion(db, workspaceId, state.row.id, number);
}

/** The sheet as the viewer may see it: the published version, and for writers the working copy and reviews. */
export async function viewSheet(db: Executor, workspaceId: string, row: repository.SheetRow, viewer: Viewer): Promise<CheatSheet> {
  return (await loadSheetView(db, workspaceId, { row }, viewer)).sheet;
}

/**
 * The sheet as the viewer may see it, with the names it loaded; a change
 * passes the working links it already has, so they are not read again.
 */
export async function loadSheetView(
  db: Executor,
  workspaceId: string,
  state: { row: repository.SheetRow; working?: repository.SheetLinks; published?: history.VersionRow },
  viewer: Viewer,
): Promise<{ sheet: CheatSheet; refs: Refs }> {
  const { row } = state;
  // Writers see the working copy and the review timeline.
  const writer = isCheatSheetWriter(viewer.actor);
  const memberId = viewer.actor.memberId;
  const published = await publishedVersionOf(db, workspaceId, state);
  const hasDraft = writer && row.draft_status !== null;
  const workingLinks = hasDraft ? (state.working ?? (await repository.findLinks(db, workspaceId, row.id, "working"))) : null;
  const reviews = writer ? await history.listReviews(db, workspaceId, row.id) : [];
  const publishedContent = published ? contentOfVersion(published) : null;
  const refs = await loadRefs(db, workspaceId, {
    members: [row.owner_member_id, row.draft_author_member_id, row.verified_by_member_id, ...reviews.map((review) => review.member_id), ...(viewer.alsoNamed ?? [])],
    services: [...(publishedContent?.serviceIds ?? []), ...(workingLinks?.serviceIds ?? [])],
  });
  const read = await receipts.findRead(db, workspaceId, row.id, memberId);
  const latest = await receipts.findLatestAcknowledgement(db, workspaceId, row.id, memberId);
  const acknowledged = row.published_version !== null && latest?.version_number === row.published_version;
  const summary = presentSummary(row, refs, { actor: viewer.actor, readVersion: read?.version_number, acknowledged, now: viewer.now });
  const shown = publishedContent && !writer ? { title: publishedContent.title, pitch: publishedContent.pitch, tags: publishedContent.tags } : {};
  const sheet: CheatSheet = {
    ...summary,
    ...shown,
    acknowledgedVersion: latest?.version_number ?? null,
    acknowledgedAt: latest?.acknowledged_at ?? null,
    verificationIntervalDays: row.verification_interval_days,
    verifiedBy: row.verified_by_member_id ? (refs.members.get(row.verified_by_member_id) ?? null) : null,
    draftAuthor: writer && row.draft_author_member_id ? (refs.members.get(row.draft_author_member_id) ?? null) : null,
    published: publishedContent ? presentContent(publishedContent, refs) : null,
    clarityException: published ? parseException(published.clarity_exception) : null,
    draft: workingLinks ? presentContent({ title: row.title, pitch: row.pitch, body: row.body, tags: row.tags, ...workingLinks }, refs) : null,
    reviews: reviews.map((review) => presentReview(review, refs)),
  };
  return { sheet, refs };
}
