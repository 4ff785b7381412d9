import { type ExpressionBuilder } from "kysely";
import type { CheatSheetsTable, Database } from "#server/kernel/db/schema.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { afterCursor, type Sort } from "#server/kernel/pagination.ts";

/** Read receipts (the last version a member opened) and acknowledgements (every version they confirmed). */

export async function recordRead(db: Executor, row: { workspaceId: string; sheetId: string; memberId: string; versionNumber: number; at: string }) {
  await db
    .insertInto("cheat_sheet_reads")
    .values({ workspace_id: row.workspaceId, sheet_id: row.sheetId, member_id: row.memberId, version_number: row.versionNumber, read_at: row.at })
    .onConflict((oc) => oc.columns(["sheet_id", "member_id"]).doUpdateSet({ version_number: row.versionNumber, read_at: row.at }))
    .execute();
}

export function findRead(db: Executor, workspaceId: string, sheetId: string, memberId: string) {
  return db
    .selectFrom("cheat_sheet_reads")
    .select(["version_number", "read_at"])
    .where("workspace_id", "=", workspaceId)
    .where("sheet_id", "=", sheetId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
}

/** Idempotent: acknowledging a version twice keeps the first time. */
export async function acknowledge(db: Executor, row: { workspaceId: string; sheetId: string; memberId: string; versionNumber: number; at: string }) {
  await db
    .insertInto("cheat_sheet_acknowledgements")
    .values({ workspace_id: row.workspaceId, sheet_id: row.sheetId, member_id: row.memberId, version_number: row.versionNumber, acknowledged_at: row.at })
    .onConflict((oc) => oc.doNothing())
    .execute();
}

export function findAcknowledgement(db: Executor, workspaceId: string, sheetId: string, memberId: string, versionNumber: number) {
  return db
    .selectFrom("cheat_sheet_acknowledgements")
    .select(["version_number", "acknowledged_at"])
    .where("workspace_id", "=", workspaceId)
    .where("sheet_id", "=", sheetId)
    .where("member_id", "=", memberId)
    .where("version_number", "=", versionNumber)
    .executeTakeFirst();
}

/** The newest version the member acknowledged, and when. */
export function findLatestAcknowledgement(db: Executor, workspaceId: string, sheetId: string, memberId: string) {
  return db
    .selectFrom("cheat_sheet_acknowledgements")
    .select(["version_number", "acknowledged_at"])
    .where("workspace_id", "=", workspaceId)
    .where("sheet_id", "=", sheetId)
    .where("member_id", "=", memberId)
    .orderBy("version_number", "desc")
    .limit(1)
    .executeTakeFirst();
}

/** Who read and who acknowledged one sheet, by member: their last read and newest acknowledgement. */
export async function listSheetReceipts(db: Executor, workspaceId: string, sheetId: string) {
  const [reads, acknowledgements] = await Promise.all([
    db
      .selectFrom("cheat_sheet_reads")
      .select(["member_id", "version_number", "read_at"])
      .where("workspace_id", "=", workspaceId)
      .where("sheet_id", "=", sheetId)
      .execute(),
    db
      .selectFrom("cheat_sheet_acknowledgements")
      .select((eb) => ["member_id", eb.fn.max("version_number").as("version_number"), eb.fn.max("acknowledged_at").as("acknowledged_at")])
      .where("workspace_id", "=", workspaceId)
      .where("sheet_id", "=", sheetId)
      .groupBy("member_id")
      .execute(),
  ]);
  return {
    reads: new Map(reads.map((read) => [read.member_id, read])),
    acknowledgements: new Map(acknowledgements.map((ack) => [ack.member_id, { version_number: Number(ack.version_number), acknowledged_at: String(ack.acknowledged_at) }])),
  };
}

/** One member across the published sheets: their newest acknowledgement of each, in title order. */
export async function listMemberAcknowledgements(
  db: Executor,
  workspaceId: string,
  options: { memberId: string; sort: Sort; cursor?: string; limit: number },
) {
  let query = db
    .selectFrom("cheat_sheets as sheet")
    .innerJoin("cheat_sheet_versions as published", (join) =>
      join.onRef("published.sheet_id", "=", "sheet.id").onRef("published.number", "=", "sheet.published_version"),
    )
    .select((eb) => [
      "sheet.id",
      "published.title",
      "published.number as published_version",
      eb
        .selectFrom("cheat_sheet_acknowledgements as ack")
        .select((inner) => inner.fn.max("ack.version_number").as("v"))
        .whereRef("ack.sheet_id", "=", "sheet.id")
        .where("ack.member_id", "=", options.memberId)
        .as("acknowledged_version"),
      eb
        .selectFrom("cheat_sheet_acknowledgements as ack")
        .select((inner) => inner.fn.max("ack.acknowledged_at").as("at"))
        .whereRef("ack.sheet_id", "=", "sheet.id")
        .where("ack.member_id", "=", options.memberId)
        .as("acknowledged_at"),
    ])
    .where("sheet.workspace_id", "=", workspaceId)
    .where("sheet.status", "=", "published");
  if (options.cursor) query = query.where(afterCursor(options.sort, "sheet.id", options.cursor));
  return query.orderBy("published.title").orderBy("sheet.id").limit(options.limit + 1).execute();
}

/** One member across the published sheets: how many they acknowledged in the current version, and in an older one only. */
export async function countMemberAcknowledgements(db: Executor, workspaceId: string, memberId: string) {
  const newest = (eb: ExpressionBuilder<Database & { sheet: CheatSheetsTable }, "sheet">) =>
    eb
      .selectFrom("cheat_sheet_acknowledgements as ack")
      .select((inner) => inner.fn.max("ack.version_number").as("v"))
      .whereRef("ack.sheet_id", "=", "sheet.id")
      .where("ack.member_id", "=", memberId);
  const row = await db
    .selectFrom("cheat_sheets as sheet")
    .select((eb) => [
      eb.fn.countAll<number | string>().as("sheets"),
      eb.fn.sum<number | string | null>(eb.case().when(newest(eb), "=", eb.ref("sheet.published_version")).then(1).else(0).end()).as("current"),
      eb.fn.sum<number | string | null>(eb.case().when(newest(eb), "<", eb.ref("sheet.published_version")).then(1).else(0).end()).as("asked_again"),
    ])
    .where("sheet.workspace_id", "=", workspaceId)
    .where("sheet.status", "=", "published")
    .executeTakeFirstOrThrow();
  return { sheets: Number(row.sheets), current: Number(row.current ?? 0), askedAgain: Number(row.asked_again ?? 0) };
}

export async function countStats(db: Executor, workspaceId: string, memberId: string, now: string) {
  const row = await db
    .selectFrom("cheat_sheets as sheet")
    .leftJoin("cheat_sheet_acknowledgements as ack", (join) =>
      join.onRef("ack.sheet_id", "=", "sheet.id").onRef("ack.version_number", "=", "sheet.published_version").on("ack.member_id", "=", memberId),
    )
    .select((eb) => [
      eb.fn.countAll<number | string>().as("published"),
      eb.fn.sum<number | string | null>(eb.case().when("sheet.verify_due_at", "<", now).then(1).else(0).end()).as("stale"),
      eb.fn.sum<number | string | null>(eb.case().when("ack.member_id", "is", null).then(1).else(0).end()).as("unacknowledged"),
    ])
    .where("sheet.workspace_id", "=", workspaceId)
    .where("sheet.status", "=", "published")
    .executeTakeFirstOrThrow();
  return { published: Number(row.published), stale: Number(row.stale ?? 0), unacknowledged: Number(row.unacknowledged ?? 0) };
}

/** Published sheets linked to each service: how many a member must acknowledge for it. */
export async function countPublishedSheetsByService(db: Executor, workspaceId: string) {
  const rows = await db
    .selectFrom("cheat_sheet_links as link")
    .innerJoin("cheat_sheets as sheet", "sheet.id", "link.sheet_id")
    .select(["link.target_id as service_id", (eb) => eb.fn.countAll<number | string>().as("sheets")])
    .where("link.workspace_id", "=", workspaceId)
    .where("link.copy", "=", "published")
    .where("link.target_type", "=", "service")
    .where("sheet.status", "=", "published")
    .groupBy("link.target_id")
    .execute();
  return new Map(rows.map((row) => [row.service_id, Number(row.sheets)]));
}

/** Per service and member: the linked published sheets acknowledged in their current version. */
export async function countCurrentAcknowledgementsByService(db: Executor, workspaceId: string) {
  return db
    .selectFrom("cheat_sheet_links as link")
    .innerJoin("cheat_sheets as sheet", "sheet.id", "link.sheet_id")
    .innerJoin("cheat_sheet_acknowledgements as ack", (join) => join.onRef("ack.sheet_id", "=", "sheet.id").onRef("ack.version_number", "=", "sheet.published_version"))
    .select(["link.target_id as service_id", "ack.member_id", (eb) => eb.fn.countAll<number | string>().as("acknowledged")])
    .where("link.workspace_id", "=", workspaceId)
    .where("link.copy", "=", "published")
    .where("link.target_type", "=", "service")
    .where("sheet.status", "=", "published")
    .groupBy(["link.target_id", "ack.member_id"])
    .execute();
}

/** The sheets' titles and published versions, and which version each member last acknowledged: what a course shows of its sheet modules. */
export async function sheetProgress(db: Executor, workspaceId: string, sheetIds: readonly string[], memberIds: readonly string[]) {
  if (sheetIds.length === 0) return { sheets: [], acknowledgements: [] };
  const sheets = await db
    .selectFrom("cheat_sheets")
    .select(["id", "title", "status", "published_version"])
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", sheetIds)
    .execute();
  const acknowledgements =
    memberIds.length === 0
      ? []
      : await db
          .selectFrom("cheat_sheet_acknowledgements")
          .select(["sheet_id", "member_id", (eb) => eb.fn.max("version_number").as("version")])
          .where("workspace_id", "=", workspaceId)
          .where("sheet_id", "in", sheetIds)
          .where("member_id", "in", memberIds)
          .groupBy(["sheet_id", "member_id"])
          .execute();
  return { sheets, acknowledgements };
}
