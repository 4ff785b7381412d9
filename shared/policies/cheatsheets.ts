import { forbid, hasAnyRole, refuse, type Decision, type Policy, type PolicyActor } from "./policy.ts";
import { CHEATSHEET_MANAGERS, CHEATSHEET_WRITERS } from "./roles.ts";

/** What the rules about a cheat sheet depend on, taken from its row or its presented record. */
export interface CheatSheetFacts {
  status: "draft" | "in_review" | "published" | "archived";
  /** The working copy's state: a never-published sheet's own, else its next version's. */
  workingStatus: "draft" | "in_review" | null;
  everPublished: boolean;
  ownerId: string | null;
  draftAuthorId: string | null;
}

export const isCheatSheetWriter = (actor: Pick<PolicyActor, "roles">) => hasAnyRole(actor, CHEATSHEET_WRITERS);
export const isCheatSheetManager = (actor: Pick<PolicyActor, "roles">) => hasAnyRole(actor, CHEATSHEET_MANAGERS);
const isPmoLead = (actor: PolicyActor) => actor.roles.includes("pmo");

const NOT_A_WRITER = forbid("not_a_writer", "Only project managers and PMO leads write and review cheat sheets.");

function writer(actor: PolicyActor): Decision {
  return isCheatSheetWriter(actor) ? null : NOT_A_WRITER;
}

function notArchived(sheet: CheatSheetFacts, message: string): Decision {
  return sheet.status === "archived" ? refuse("sheet_archived", message) : null;
}

function ownerOrPmoLead(actor: PolicyActor, sheet: CheatSheetFacts, what: string): Decision {
  return isPmoLead(actor) || sheet.ownerId === actor.memberId ? null : forbid("not_owner", `Only its owner or a PMO lead may ${what} this sheet.`);
}

/**
 * Writers (project managers and PMO leads) edit and review; a pm never
 * approves a draft they wrote; the owner or a PMO lead archives; a draft
 * never published is deleted by its author, its owner or a PMO lead.
 */
export const cheatSheetPolicy = {
  update: (actor, sheet) => writer(actor) ?? notArchived(sheet, "This cheat sheet is archived. Unarchive it to edit it."),
  submit: (actor, sheet) =>
    writer(actor) ?? (sheet.workingStatus === "draft" ? null : refuse("nothing_to_submit", "There is no draft to submit: edit the sheet first.")),
  approve: (actor, sheet) =>
    writer(actor) ??
    (sheet.workingStatus !== "in_review"
      ? refuse("not_in_review", "Only a sheet in review can be approved.")
      : !isPmoLead(actor) && sheet.draftAuthorId === actor.memberId
        ? forbid("own_draft", "You wrote this draft: a PMO lead or another project manager must review it.")
        : null),
  requestChanges: (actor, sheet) =>
    writer(actor) ?? (sheet.workingStatus === "in_review" ? null : refuse("not_in_review", "Only a sheet in review can be sent back.")),
  verify: (actor, sheet) =>
    writer(actor) ?? (sheet.status === "published" ? null : refuse("not_published", "Only a published sheet can be verified.")),
  archive: (actor, sheet) =>
    writer(actor) ??
    ownerOrPmoLead(actor, sheet, "archive") ??
    (sheet.status === "published" ? null : refuse("not_published", "Only a published sheet can be archived; delete a draft instead.")),
  unarchive: (actor, sheet) =>
    writer(actor) ?? ownerOrPmoLead(actor, sheet, "unarchive") ?? (sheet.status === "archived" ? null : refuse("not_archived", "This sheet is not archived.")),
  restoreVersion: (actor, sheet) => writer(actor) ?? notArchived(sheet, "This cheat sheet is archived. Unarchive it first."),
  delete: (actor, sheet) =>
    writer(actor) ??
    (sheet.everPublished
      ? refuse("sheet_published", "A published cheat sheet cannot be deleted. Archive it instead.")
      : isPmoLead(actor) || [sheet.ownerId, sheet.draftAuthorId].includes(actor.memberId)
        ? null
        : forbid("not_author", "Only its author, its owner or a PMO lead may delete this draft.")),
  acknowledge: (_actor, sheet) => (sheet.status === "published" ? null : refuse("not_published", "Only a published sheet can be acknowledged.")),
  // A manager who does not write sees only published sheets, and so only their acknowledgements.
  seeAcknowledgements: (actor, sheet) =>
    !isCheatSheetManager(actor)
      ? forbid("not_a_manager", "Only managers see who acknowledged a sheet.")
      : isCheatSheetWriter(actor) || sheet.status === "published"
        ? null
        : refuse("not_published", "Only a published sheet has acknowledgements to see."),
} satisfies Policy<CheatSheetFacts, string>;

export type CheatSheetAction = keyof typeof cheatSheetPolicy;
export type CheatSheetPermissions = Record<CheatSheetAction, boolean>;
