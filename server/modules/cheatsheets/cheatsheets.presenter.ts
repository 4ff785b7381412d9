import { renderMarkdown, type MarkedTerm } from "#server/kernel/markdown.ts";
import type {
  CheatSheetContent,
  CheatSheetRecord,
  CheatSheetSummary,
  ClarityException,
  ReadState,
  ReviewEntry,
} from "#shared/contracts/cheatsheets.ts";
import type { MemberRef } from "#shared/contracts/common.ts";
import { cheatSheetPolicy, type CheatSheetFacts } from "#shared/policies/cheatsheets.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import type { ReviewRow } from "./cheatsheets.history.repository.ts";
import type { SheetContentValues, SheetLinks, SheetRow } from "./cheatsheets.repository.ts";

/** Names of the people, services and terms a presented sheet mentions, loaded once per response. */
export interface Refs {
  members: Map<string, MemberRef>;
  services: Map<string, { id: string; name: string }>;
  /** Every glossary term of the workspace: all are marked in the body, the linked ones listed. */
  terms: MarkedTerm[];
}

const member = (refs: Pick<Refs, "members">, id: string | null) => (id ? (refs.members.get(id) ?? null) : null);

export const isStale = (row: Pick<SheetRow, "status" | "verify_due_at">, now: string) =>
  row.status === "published" && row.verify_due_at !== null && row.verify_due_at < now;

/** What the caller has read of the sheet; nothing for the one who wrote it, who needs no "new" on their own work. */
function readStateOf(row: Pick<SheetRow, "published_version" | "owner_member_id" | "draft_author_member_id">, caller: Pick<Caller, "actor" | "readVersion">): ReadState | null {
  const readVersion = caller.readVersion;
  if (row.published_version === null) return null;
  if (row.owner_member_id === caller.actor.memberId || row.draft_author_member_id === caller.actor.memberId) return null;
  if (readVersion === null || readVersion === undefined) return "new";
  return readVersion < row.published_version ? "updated" : "read";
}

export function presentContent(content: SheetContentValues & SheetLinks, refs: Refs): CheatSheetContent {
  const byId = new Map(refs.terms.map((term) => [term.id, term]));
  return {
    title: content.title,
    pitch: content.pitch,
    body: content.body,
    bodyHtml: renderMarkdown(content.body, { terms: refs.terms }),
    tags: content.tags,
    services: content.serviceIds.flatMap((id) => refs.services.get(id) ?? []),
    terms: content.termIds.flatMap((id) => {
      const term = byId.get(id);
      return term ? [{ id: term.id, term: term.term, definition: term.definition }] : [];
    }),
  };
}

/** What the rules about a sheet look at, from its row. */
export const sheetFacts = (row: SheetRow): CheatSheetFacts => ({
  status: row.status,
  workingStatus: row.draft_status,
  everPublished: row.published_version !== null,
  ownerId: row.owner_member_id,
  draftAuthorId: row.draft_author_member_id,
});

export interface Caller {
  actor: PolicyActor;
  readVersion: number | null | undefined;
  acknowledged: boolean;
  now: string;
}

export function presentSummary(row: SheetRow, refs: Pick<Refs, "members">, caller: Caller): CheatSheetSummary {
  return {
    id: row.id,
    title: row.title,
    pitch: row.pitch,
    tags: row.tags,
    status: row.status,
    draftStatus: row.published_version === null ? null : row.draft_status,
    owner: member(refs, row.owner_member_id),
    publishedVersion: row.published_version,
    publishedAt: row.published_at,
    verifiedAt: row.verified_at,
    verifyDueAt: row.verify_due_at,
    stale: isStale(row, caller.now),
    readState: readStateOf(row, caller),
    acknowledged: caller.acknowledged,
    permissions: permissionsOf(cheatSheetPolicy, caller.actor, sheetFacts(row)),
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

export function presentRecord(row: SheetRow, refs: Pick<Refs, "members">): CheatSheetRecord {
  return {
    id: row.id,
    title: row.title,
    pitch: row.pitch,
    status: row.status,
    draftStatus: row.draft_status,
    tags: row.tags,
    owner: member(refs, row.owner_member_id),
    draftAuthor: member(refs, row.draft_author_member_id),
    publishedVersion: row.published_version,
    verifyDueAt: row.verify_due_at,
  };
}

export function presentReview(row: ReviewRow, refs: Pick<Refs, "members">): ReviewEntry {
  return {
    id: row.id,
    action: row.action,
    member: member(refs, row.member_id),
    comment: row.comment,
    versionNumber: row.version_number,
    at: row.at,
  };
}

export const parseException = (json: string | null): ClarityException | null => (json ? (JSON.parse(json) as ClarityException) : null);

/** The one line the audit log shows for a sheet. */
export const sheetSummary = (sheet: { title: string }, what = "") => `Cheat sheet "${sheet.title}"${what ? ` ${what}` : ""}`;
