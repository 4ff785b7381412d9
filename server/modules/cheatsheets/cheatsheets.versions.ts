import { diffWords } from "diff";
import type { RequestContext } from "#server/kernel/context.ts";
import { notFound } from "#server/kernel/errors.ts";
import { memberRefs } from "#server/modules/members/members.service.ts";
import type { CheatSheetVersion, DiffQuery, VersionDiff, VersionSummary } from "#shared/contracts/cheatsheets.ts";
import { isWriter } from "./cheatsheets.changes.ts";
import * as history from "./cheatsheets.history.repository.ts";
import { parseException, presentContent } from "./cheatsheets.presenter.ts";
import * as repository from "./cheatsheets.repository.ts";
import { contentOfVersion, loadRefs } from "./cheatsheets.view.ts";

/** Readers see the history of published sheets; writers of every sheet. */
async function visibleSheet(ctx: RequestContext, id: string) {
  const row = await repository.findSheet(ctx.db, ctx.workspaceId, id);
  if (!row || (!isWriter(ctx) && row.status !== "published")) throw notFound("cheat sheet");
  return row;
}

function summarize(version: history.VersionRow, current: number | null, members: Map<string, VersionSummary["author"] & object>): VersionSummary {
  return {
    number: version.number,
    title: version.title,
    publishedAt: version.published_at,
    author: version.author_member_id ? (members.get(version.author_member_id) ?? null) : null,
    reviewer: version.reviewer_member_id ? (members.get(version.reviewer_member_id) ?? null) : null,
    reviewComment: version.review_comment,
    clarityException: parseException(version.clarity_exception),
    current: version.number === current,
  };
}

export async function listVersions(ctx: RequestContext, id: string): Promise<{ items: VersionSummary[] }> {
  const row = await visibleSheet(ctx, id);
  const versions = await history.listVersions(ctx.db, ctx.workspaceId, id);
  const members = await memberRefs(ctx.db, ctx.workspaceId, versions.flatMap((v) => [v.author_member_id, v.reviewer_member_id]));
  return { items: versions.map((version) => summarize(version, row.published_version, members)) };
}

export async function getVersion(ctx: RequestContext, id: string, number: number): Promise<CheatSheetVersion> {
  const row = await visibleSheet(ctx, id);
  const version = await history.findVersion(ctx.db, ctx.workspaceId, id, number);
  if (!version) throw notFound("version");
  const content = contentOfVersion(version);
  const refs = await loadRefs(ctx.db, ctx.workspaceId, { members: [version.author_member_id, version.reviewer_member_id], services: content.serviceIds });
  return { ...summarize(version, row.published_version, refs.members), content: presentContent(content, refs) };
}

/** Word-level differences between two versions, or a version and the working copy (writers). */
export async function diffVersions(ctx: RequestContext, id: string, query: DiffQuery): Promise<VersionDiff> {
  const row = await visibleSheet(ctx, id);
  const from = await history.findVersion(ctx.db, ctx.workspaceId, id, query.from);
  if (!from) throw notFound("version");
  let to: { title: string; pitch: string; body: string };
  if (query.to === "draft") {
    if (!isWriter(ctx)) throw notFound("version");
    to = row;
  } else {
    const version = await history.findVersion(ctx.db, ctx.workspaceId, id, query.to);
    if (!version) throw notFound("version");
    to = version;
  }
  const parts = (a: string, b: string) =>
    diffWords(a, b).map((part) => ({ value: part.value, added: part.added === true, removed: part.removed === true }));
  return { from: query.from, to: query.to, title: parts(from.title, to.title), pitch: parts(from.pitch, to.pitch), body: parts(from.body, to.body) };
}
