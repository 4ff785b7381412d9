import type { Insertable, Selectable } from "kysely";
import type { Executor } from "#server/kernel/db/database.ts";
import type { CheatSheetReviewsTable, CheatSheetVersionsTable } from "#server/kernel/db/schema.ts";

/** Published versions and the review timeline: written once, never changed. */
export type VersionRow = Selectable<CheatSheetVersionsTable>;
export type ReviewRow = Selectable<CheatSheetReviewsTable>;

export async function insertVersion(db: Executor, row: Insertable<CheatSheetVersionsTable>): Promise<void> {
  await db.insertInto("cheat_sheet_versions").values(row).execute();
}

export function findVersion(db: Executor, workspaceId: string, sheetId: string, number: number): Promise<VersionRow | undefined> {
  return db
    .selectFrom("cheat_sheet_versions")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("sheet_id", "=", sheetId)
    .where("number", "=", number)
    .executeTakeFirst();
}

/** Newest first; a sheet has a handful of versions, so no paging. */
export function listVersions(db: Executor, workspaceId: string, sheetId: string): Promise<VersionRow[]> {
  return db
    .selectFrom("cheat_sheet_versions")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("sheet_id", "=", sheetId)
    .orderBy("number", "desc")
    .limit(500)
    .execute();
}

export async function insertReview(db: Executor, row: Insertable<CheatSheetReviewsTable>): Promise<void> {
  await db.insertInto("cheat_sheet_reviews").values(row).execute();
}

export function listReviews(db: Executor, workspaceId: string, sheetId: string, limit = 100): Promise<ReviewRow[]> {
  return db
    .selectFrom("cheat_sheet_reviews")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("sheet_id", "=", sheetId)
    .orderBy("at", "desc")
    .orderBy("id", "desc")
    .limit(limit)
    .execute();
}
