import { cheatSheetPolicy } from "#shared/policies/cheatsheets.ts";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { z } from "zod";
import { IdSchema, MemberRefSchema, PageQuerySchema, VersionSchema, pageOf, requiredText, text } from "./common.ts";

export const CHEATSHEET_STATUSES = ["draft", "in_review", "published", "archived"] as const;
export const CheatSheetStatusSchema = z.enum(CHEATSHEET_STATUSES);
export type CheatSheetStatus = z.infer<typeof CheatSheetStatusSchema>;
export const DraftStatusSchema = z.enum(["draft", "in_review"]);

/** The sections a new cheat sheet starts from, in order. */
export const CHEATSHEET_SECTIONS = [
  "What it is",
  "Why the client cares",
  "Say this",
  "Never promise this",
  "Questions clients ask",
] as const;

export const CHEATSHEET_TEMPLATE = CHEATSHEET_SECTIONS.map((section) => `## ${section}\n\n`).join("");

export const PITCH_LIMIT = 200;
export const BODY_LIMIT_BYTES = 100 * 1024;
export const DEFAULT_VERIFICATION_DAYS = 90;

const body = text(BODY_LIMIT_BYTES).refine(
  (value) => new TextEncoder().encode(value).length <= BODY_LIMIT_BYTES,
  "The body is over 100 KB. A cheat sheet is one page: shorten it.",
);

const tags = z
  .array(requiredText(40).transform((tag) => tag.toLowerCase()))
  .max(20, "At most 20 tags.")
  .refine((items) => new Set(items).size === items.length, "Each tag once.");
const ids = (what: string) =>
  z
    .array(IdSchema)
    .max(50, `At most 50 ${what}.`)
    .refine((items) => new Set(items).size === items.length, `Each of the ${what} once.`);

const sheetFields = {
  title: requiredText(160),
  pitch: text(PITCH_LIMIT),
  body,
  tags,
  serviceIds: ids("services"),
  termIds: ids("glossary terms"),
  ownerId: IdSchema.nullable(),
  verificationIntervalDays: z.number().int("Whole days.").min(1, "At least 1 day.").max(730, "At most 730 days."),
};

export const CreateCheatSheetSchema = z.strictObject({
  ...sheetFields,
  pitch: sheetFields.pitch.default(""),
  body: sheetFields.body.default(CHEATSHEET_TEMPLATE),
  tags: sheetFields.tags.default([]),
  serviceIds: sheetFields.serviceIds.default([]),
  termIds: sheetFields.termIds.default([]),
  ownerId: sheetFields.ownerId.optional(),
  verificationIntervalDays: sheetFields.verificationIntervalDays.default(DEFAULT_VERIFICATION_DAYS),
});
export type CreateCheatSheetInput = z.input<typeof CreateCheatSheetSchema>;
export type CreateCheatSheetData = z.infer<typeof CreateCheatSheetSchema>;

export const UpdateCheatSheetSchema = z.strictObject(sheetFields).partial().extend({ version: VersionSchema });
export type UpdateCheatSheetInput = z.infer<typeof UpdateCheatSheetSchema>;

/** Every lifecycle action names the version the caller read; a stale one is a 409. */
export const SheetActionSchema = z.strictObject({ version: VersionSchema, comment: text(2000).default("") });
export type SheetActionInput = z.infer<typeof SheetActionSchema>;

export const ApproveSheetSchema = SheetActionSchema.extend({
  /** Publish although the clarity check found problems; needs a comment saying why. */
  acceptException: z.boolean().default(false),
});
export type ApproveSheetInput = z.infer<typeof ApproveSheetSchema>;

export const RequestChangesSchema = z.strictObject({ version: VersionSchema, comment: requiredText(2000) });
export type RequestChangesInput = z.infer<typeof RequestChangesSchema>;

export const RefSchema = z.object({ id: z.string(), name: z.string() });
export const TermRefSchema = z.object({ id: z.string(), term: z.string(), definition: z.string() });

export const ClarityExceptionSchema = z.object({
  acceptedBy: MemberRefSchema.nullable(),
  comment: z.string(),
  findings: z.array(z.object({ code: z.string(), message: z.string() })),
});
export type ClarityException = z.infer<typeof ClarityExceptionSchema>;

/** What a reader sees of one copy (the published version or the working draft). */
export const CheatSheetContentSchema = z.object({
  title: z.string(),
  pitch: z.string(),
  body: z.string(),
  /** The body rendered from Markdown, sanitized, with each glossary term marked for its definition. */
  bodyHtml: z.string(),
  tags: z.array(z.string()),
  services: z.array(RefSchema),
  terms: z.array(TermRefSchema),
});
export type CheatSheetContent = z.infer<typeof CheatSheetContentSchema>;

/** The fields that are the sheet's content: changing one while it is in review takes it back to draft. */
export const CHEAT_SHEET_CONTENT_FIELDS = ["title", "pitch", "body", "tags", "serviceIds", "termIds"] as const;

export const ReadStateSchema = z.enum(["new", "updated", "read"]);
export type ReadState = z.infer<typeof ReadStateSchema>;

export const CheatSheetSummarySchema = z.object({
  id: z.string(),
  title: z.string(),
  pitch: z.string(),
  tags: z.array(z.string()),
  status: CheatSheetStatusSchema,
  /** A next version being written for a published sheet (writers only). */
  draftStatus: DraftStatusSchema.nullable(),
  owner: MemberRefSchema.nullable(),
  publishedVersion: z.number().nullable(),
  publishedAt: z.string().nullable(),
  verifiedAt: z.string().nullable(),
  verifyDueAt: z.string().nullable(),
  /** Published and past its verification date. */
  stale: z.boolean(),
  /** For the caller: never opened, changed since they last opened it, or read; null before publication and for the sheet's owner and author. */
  readState: ReadStateSchema.nullable(),
  /** The caller acknowledged the current published version. */
  acknowledged: z.boolean(),
  /** What the caller may do with the sheet now (shared/policies/cheatsheets.ts). */
  permissions: permissionsSchema(cheatSheetPolicy),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type CheatSheetSummary = z.infer<typeof CheatSheetSummarySchema>;
export const CheatSheetPageSchema = pageOf(CheatSheetSummarySchema);
export type CheatSheetPage = z.infer<typeof CheatSheetPageSchema>;

export const ReviewEntrySchema = z.object({
  id: z.string(),
  action: z.string(),
  member: MemberRefSchema.nullable(),
  comment: z.string(),
  versionNumber: z.number().nullable(),
  at: z.string(),
});
export type ReviewEntry = z.infer<typeof ReviewEntrySchema>;

export const CheatSheetSchema = CheatSheetSummarySchema.extend({
  /** The newest version the caller acknowledged (an older one means the current version asks again). */
  acknowledgedVersion: z.number().nullable(),
  acknowledgedAt: z.string().nullable(),
  verificationIntervalDays: z.number(),
  verifiedBy: MemberRefSchema.nullable(),
  draftAuthor: MemberRefSchema.nullable(),
  /** The current published version, or null before the first publication. */
  published: CheatSheetContentSchema.nullable(),
  /** Findings the reviewer accepted when publishing the current version. */
  clarityException: ClarityExceptionSchema.nullable(),
  /** The working copy, for writers; null for readers and when it equals the published version. */
  draft: CheatSheetContentSchema.nullable(),
  /** Submissions, reviews, verifications, newest first (writers only). */
  reviews: z.array(ReviewEntrySchema),
});
export type CheatSheet = z.infer<typeof CheatSheetSchema>;

export const CheatSheetListQuerySchema = PageQuerySchema.extend({
  q: text(100).optional(),
  /** The same title, ignoring case and surrounding spaces (the editor's check for two sheets named alike). */
  title: text(160).optional(),
  status: CheatSheetStatusSchema.optional(),
  tag: text(40).optional(),
  serviceId: IdSchema.optional(),
  termId: IdSchema.optional(),
  ownerId: IdSchema.optional(),
  stale: z.enum(["true", "false"]).transform((value) => value === "true").optional(),
  sort: z.enum(["title", "-title", "updatedAt", "-updatedAt"]).default("title"),
});
export type CheatSheetListQuery = z.infer<typeof CheatSheetListQuerySchema>;

export const VersionSummarySchema = z.object({
  number: z.number(),
  title: z.string(),
  publishedAt: z.string(),
  author: MemberRefSchema.nullable(),
  reviewer: MemberRefSchema.nullable(),
  reviewComment: z.string(),
  clarityException: ClarityExceptionSchema.nullable(),
  current: z.boolean(),
});
export type VersionSummary = z.infer<typeof VersionSummarySchema>;
export const VersionListSchema = z.object({ items: z.array(VersionSummarySchema) });

export const VersionSchemaFull = VersionSummarySchema.extend({ content: CheatSheetContentSchema });
export type CheatSheetVersion = z.infer<typeof VersionSchemaFull>;

export const VersionParamsSchema = z.strictObject({ id: IdSchema, number: z.coerce.number().int().min(1).max(1_000_000) });

/** `to` may be `draft`: the working copy against a published version. */
export const DiffQuerySchema = z.strictObject({
  from: z.coerce.number().int().min(1),
  to: z.union([z.literal("draft"), z.coerce.number().int().min(1)]),
});
export type DiffQuery = z.infer<typeof DiffQuerySchema>;

export const DiffPartSchema = z.object({ value: z.string(), added: z.boolean(), removed: z.boolean() });
export const VersionDiffSchema = z.object({
  from: z.number(),
  to: z.union([z.number(), z.literal("draft")]),
  title: z.array(DiffPartSchema),
  pitch: z.array(DiffPartSchema),
  body: z.array(DiffPartSchema),
});
export type VersionDiff = z.infer<typeof VersionDiffSchema>;

export const AcknowledgementSchema = z.object({
  member: MemberRefSchema,
  /** The newest version they acknowledged, or null. */
  acknowledgedVersion: z.number().nullable(),
  acknowledgedAt: z.string().nullable(),
  /** They acknowledged the current published version. */
  current: z.boolean(),
  lastReadVersion: z.number().nullable(),
  lastReadAt: z.string().nullable(),
});
export type Acknowledgement = z.infer<typeof AcknowledgementSchema>;
export const SheetAcknowledgementsSchema = z.object({
  publishedVersion: z.number().nullable(),
  items: z.array(AcknowledgementSchema),
});

/** One rep's acknowledgements across the published sheets. */
export const MemberAcknowledgementsQuerySchema = PageQuerySchema.extend({ memberId: IdSchema.optional() });
export const MemberAcknowledgementSchema = z.object({
  sheet: z.object({ id: z.string(), title: z.string(), publishedVersion: z.number() }),
  acknowledgedVersion: z.number().nullable(),
  acknowledgedAt: z.string().nullable(),
  current: z.boolean(),
});
export const MemberAcknowledgementPageSchema = pageOf(MemberAcknowledgementSchema).extend({
  /** Over every published sheet, not only this page. */
  summary: z.object({
    sheets: z.number(),
    /** Acknowledged in their current version. */
    current: z.number(),
    /** Acknowledged in an older version only: the current one asks again. */
    askedAgain: z.number(),
  }),
});
export type MemberAcknowledgementPage = z.infer<typeof MemberAcknowledgementPageSchema>;

export const AcknowledgeResultSchema = z.object({ sheetId: z.string(), versionNumber: z.number(), acknowledgedAt: z.string() });

export const CheatSheetStatsSchema = z.object({
  published: z.number(),
  verified: z.number(),
  stale: z.number(),
  /** Share of published sheets that are verified (not stale), 0–1; null with none published. */
  trustScore: z.number().nullable(),
  /** Published sheets the caller has not acknowledged in their current version. */
  unacknowledged: z.number(),
});
export type CheatSheetStats = z.infer<typeof CheatSheetStatsSchema>;

export const PdfQuerySchema = z.strictObject({
  paper: z.enum(["A4", "LETTER"]).default("A4"),
  /** Writers may print the working copy. */
  copy: z.enum(["published", "draft"]).default("published"),
});

/** A sheet as events, webhooks and the audit log carry it: no caller-specific fields. */
export const CheatSheetRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  pitch: z.string(),
  status: CheatSheetStatusSchema,
  draftStatus: DraftStatusSchema.nullable(),
  tags: z.array(z.string()),
  owner: MemberRefSchema.nullable(),
  draftAuthor: MemberRefSchema.nullable(),
  publishedVersion: z.number().nullable(),
  verifyDueAt: z.string().nullable(),
});
export type CheatSheetRecord = z.infer<typeof CheatSheetRecordSchema>;
