/** The glossary's and the cheat sheets' tables (see schema.ts for the conventions). */

export interface GlossaryTermsTable {
  id: string;
  workspace_id: string;
  term: string;
  /** The term in lower case: the list's alphabetical order. */
  sort_key: string;
  definition: string;
  /** JSON array of strings. */
  synonyms: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export type CheatSheetStatus = "draft" | "in_review" | "published" | "archived";

/** A cheat sheet: its working copy, lifecycle and verification; published content is in cheat_sheet_versions. */
export interface CheatSheetsTable {
  id: string;
  workspace_id: string;
  title: string;
  pitch: string;
  body: string;
  /** JSON array of strings. */
  tags: string;
  owner_member_id: string | null;
  draft_author_member_id: string | null;
  status: CheatSheetStatus;
  /** The working copy of the next version of a published sheet, if one is being written. */
  draft_status: "draft" | "in_review" | null;
  published_version: number | null;
  published_at: string | null;
  verification_interval_days: number;
  verified_at: string | null;
  verified_by_member_id: string | null;
  verify_due_at: string | null;
  stale_notified_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

export interface CheatSheetVersionsTable {
  id: string;
  workspace_id: string;
  sheet_id: string;
  number: number;
  title: string;
  pitch: string;
  body: string;
  tags: string;
  service_ids: string;
  term_ids: string;
  author_member_id: string | null;
  reviewer_member_id: string | null;
  review_comment: string;
  /** JSON: the clarity findings the reviewer accepted on publishing, or null. */
  clarity_exception: string | null;
  published_at: string;
}

export interface CheatSheetLinksTable {
  workspace_id: string;
  sheet_id: string;
  copy: "working" | "published";
  target_type: "service" | "term";
  target_id: string;
}

export interface CheatSheetReviewsTable {
  id: string;
  workspace_id: string;
  sheet_id: string;
  action: "submitted" | "approved" | "changes_requested" | "withdrawn" | "verified" | "archived" | "unarchived" | "restored";
  member_id: string | null;
  comment: string;
  version_number: number | null;
  at: string;
}

export interface CheatSheetReadsTable {
  workspace_id: string;
  sheet_id: string;
  member_id: string;
  version_number: number;
  read_at: string;
}

export interface CheatSheetAcknowledgementsTable {
  workspace_id: string;
  sheet_id: string;
  member_id: string;
  version_number: number;
  acknowledged_at: string;
}
