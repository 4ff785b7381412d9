import { sql, type Selectable, type Updateable } from "kysely";
import type { Executor } from "#server/kernel/db/database.ts";
import type { CheatSheetLinksTable, CheatSheetsTable } from "#server/kernel/db/schema.ts";
import { afterCursor, type Sort } from "#server/kernel/pagination.ts";
import { containsText } from "#server/kernel/search-text.ts";
import type { VersionRow } from "./cheatsheets.history.repository.ts";

export type SheetRow = Omit<Selectable<CheatSheetsTable>, "tags"> & { tags: string[] };
export type Copy = CheatSheetLinksTable["copy"];

/** The working copy's content; the published one lives in cheat_sheet_versions. */
export interface SheetContentValues {
  title: string;
  pitch: string;
  body: string;
  tags: string[];
}

/** A sheet as a change reads or leaves it: the row and the working copy's links. */
export interface SheetState {
  row: SheetRow;
  working: SheetLinks;
  /** The published version, when the change has just written it. */
  published?: VersionRow;
}

export type SheetColumns = Omit<Updateable<CheatSheetsTable>, "id" | "workspace_id" | "version" | "tags"> & { tags?: string[] };

const parse = <Row extends { tags: string }>(row: Row) => ({ ...row, tags: JSON.parse(row.tags) as string[] });
const toColumns = ({ tags, ...rest }: SheetColumns) => ({ ...rest, ...(tags === undefined ? {} : { tags: JSON.stringify(tags) }) });

export async function findSheet(db: Executor, workspaceId: string, id: string): Promise<SheetRow | undefined> {
  const row = await db.selectFrom("cheat_sheets").selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
  return row && parse(row);
}

export async function insertSheet(
  db: Executor,
  row: {
    id: string;
    workspaceId: string;
    at: string;
    content: SheetContentValues;
    ownerId: string | null;
    authorId: string;
    verificationIntervalDays: number;
  },
): Promise<SheetRow> {
  const stored = await db
    .insertInto("cheat_sheets")
    .values({
      id: row.id,
      workspace_id: row.workspaceId,
      ...row.content,
      tags: JSON.stringify(row.content.tags),
      owner_member_id: row.ownerId,
      draft_author_member_id: row.authorId,
      status: "draft",
      draft_status: "draft",
      published_version: null,
      published_at: null,
      verification_interval_days: row.verificationIntervalDays,
      verified_at: null,
      verified_by_member_id: null,
      verify_due_at: null,
      stale_notified_at: null,
      version: 1,
      created_at: row.at,
      updated_at: row.at,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return parse(stored);
}

/** Writes only at `version` and bumps it, answering the sheet as stored; undefined when someone else got there first. */
export async function updateSheet(
  db: Executor,
  workspaceId: string,
  change: { id: string; version: number; at: string; columns: SheetColumns },
): Promise<SheetRow | undefined> {
  const stored = await db
    .updateTable("cheat_sheets")
    .set((eb) => ({ ...toColumns(change.columns), updated_at: change.at, version: eb("version", "+", 1) }))
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", change.id)
    .where("version", "=", change.version)
    .returningAll()
    .executeTakeFirst();
  return stored && parse(stored);
}

/** Removes a never-published sheet with everything that hangs on it. */
export async function deleteSheet(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  for (const table of ["cheat_sheet_links", "cheat_sheet_reviews", "cheat_sheet_reads", "cheat_sheet_acknowledgements", "cheat_sheet_versions"] as const) {
    await db.deleteFrom(table).where("workspace_id", "=", workspaceId).where("sheet_id", "=", id).execute();
  }
  const result = await db.deleteFrom("cheat_sheets").where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

export interface SheetLinks {
  serviceIds: string[];
  termIds: string[];
}

export async function findLinks(db: Executor, workspaceId: string, sheetId: string, copy: Copy): Promise<SheetLinks> {
  const rows = await db
    .selectFrom("cheat_sheet_links")
    .select(["target_type", "target_id"])
    .where("workspace_id", "=", workspaceId)
    .where("sheet_id", "=", sheetId)
    .where("copy", "=", copy)
    .execute();
  const of = (type: string) => rows.filter((row) => row.target_type === type).map((row) => row.target_id);
  return { serviceIds: of("service"), termIds: of("term") };
}

export async function replaceLinks(db: Executor, workspaceId: string, sheetId: string, copy: Copy, links: SheetLinks): Promise<void> {
  await db.deleteFrom("cheat_sheet_links").where("workspace_id", "=", workspaceId).where("sheet_id", "=", sheetId).where("copy", "=", copy).execute();
  const rows = [
    ...links.serviceIds.map((id) => ({ target_type: "service" as const, target_id: id })),
    ...links.termIds.map((id) => ({ target_type: "term" as const, target_id: id })),
  ].map((row) => ({ ...row, workspace_id: workspaceId, sheet_id: sheetId, copy }));
  if (rows.length > 0) await db.insertInto("cheat_sheet_links").values(rows).execute();
}

export interface ListFilter {
  q?: string;
  title?: string;
  status?: CheatSheetsTable["status"];
  tag?: string;
  serviceId?: string;
  termId?: string;
  ownerId?: string;
  /** Published and past due (true), or not (false), at `now`. */
  stale?: boolean;
  now: string;
}

/**
 * One page (plus one row) of sheets as `copy` shows them: readers list the
 * published sheets with their published title, pitch and tags; writers list
 * every working copy. The caller's read receipt and acknowledgement of the
 * current version come along.
 */
export async function listSheets(
  db: Executor,
  workspaceId: string,
  options: { copy: Copy; memberId: string; filter: ListFilter; sort: Sort; cursor?: string; limit: number },
) {
  const { copy, memberId, filter, sort, cursor, limit } = options;
  const published = copy === "published";
  let query = db
    .selectFrom("cheat_sheets as sheet")
    .leftJoin("cheat_sheet_versions as published", (join) =>
      join.onRef("published.sheet_id", "=", "sheet.id").onRef("published.number", "=", "sheet.published_version"),
    )
    .leftJoin("cheat_sheet_reads as receipt", (join) => join.onRef("receipt.sheet_id", "=", "sheet.id").on("receipt.member_id", "=", memberId))
    .leftJoin("cheat_sheet_acknowledgements as ack", (join) =>
      join.onRef("ack.sheet_id", "=", "sheet.id").onRef("ack.version_number", "=", "sheet.published_version").on("ack.member_id", "=", memberId),
    )
    .selectAll("sheet")
    .select([
      "published.title as published_title",
      "published.pitch as published_pitch",
      "published.tags as published_tags",
      "receipt.version_number as read_version",
      "ack.acknowledged_at",
    ])
    .where("sheet.workspace_id", "=", workspaceId);
  const title = published ? "published.title" : "sheet.title";
  const tags = published ? "published.tags" : "sheet.tags";
  if (published) query = query.where("sheet.status", "=", "published");
  if (filter.status) query = query.where("sheet.status", "=", filter.status);
  if (filter.q) query = query.where(containsText(title, filter.q));
  if (filter.title) query = query.where((eb) => eb(eb.fn<string>("lower", [eb.ref(title)]), "=", filter.title!.trim().toLowerCase()));
  if (filter.tag) query = query.where(containsText(tags, JSON.stringify(filter.tag.toLowerCase())));
  if (filter.ownerId) query = query.where("sheet.owner_member_id", "=", filter.ownerId);
  for (const [type, id] of [["service", filter.serviceId], ["term", filter.termId]] as const) {
    if (!id) continue;
    query = query.where((eb) =>
      eb.exists(
        eb
          .selectFrom("cheat_sheet_links as link")
          .select("link.sheet_id")
          .whereRef("link.sheet_id", "=", "sheet.id")
          .where("link.copy", "=", copy)
          .where("link.target_type", "=", type)
          .where("link.target_id", "=", id),
      ),
    );
  }
  if (filter.stale === true) query = query.where("sheet.status", "=", "published").where("sheet.verify_due_at", "<", filter.now);
  if (filter.stale === false) query = query.where((eb) => eb.or([eb("sheet.status", "!=", "published"), eb("sheet.verify_due_at", ">=", filter.now)]));
  const column = sort.column === "title" ? title : published ? "sheet.published_at" : "sheet.updated_at";
  const sorted = { ...sort, column };
  if (cursor) query = query.where(afterCursor(sorted, "sheet.id", cursor));
  const rows = await query
    .orderBy(sql.ref(column), sort.direction)
    .orderBy("sheet.id", sort.direction)
    .limit(limit + 1)
    .execute();
  return rows.map((row) => {
    const sheet = parse(row);
    if (!published) return { ...sheet, sortValue: sort.column === "title" ? sheet.title : sheet.updated_at };
    const shown = { ...sheet, title: row.published_title ?? sheet.title, pitch: row.published_pitch ?? sheet.pitch, tags: JSON.parse(row.published_tags ?? "[]") as string[] };
    return { ...shown, sortValue: sort.column === "title" ? shown.title : (sheet.published_at ?? "") };
  });
}

/** Published sheets past due, not being edited, whose owner was last told before `remindBefore` (or never). */
export async function listStaleToRemind(db: Executor, options: { now: string; remindBefore: string; limit: number }): Promise<SheetRow[]> {
  const rows = await db
    .selectFrom("cheat_sheets")
    .selectAll()
    .where("status", "=", "published")
    .where("verify_due_at", "<", options.now)
    .where("draft_status", "is", null)
    .where((eb) => eb.or([eb("stale_notified_at", "is", null), eb("stale_notified_at", "<", options.remindBefore)]))
    .orderBy("verify_due_at")
    .limit(options.limit)
    .execute();
  return rows.map(parse);
}

/** Marks the reminder sent, unless another process marked it since it was read. */
export async function markStaleNotified(db: Executor, row: SheetRow, at: string): Promise<boolean> {
  let query = db.updateTable("cheat_sheets").set({ stale_notified_at: at }).where("id", "=", row.id);
  query = row.stale_notified_at === null ? query.where("stale_notified_at", "is", null) : query.where("stale_notified_at", "=", row.stale_notified_at);
  const result = await query.executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

export async function listStaleIds(db: Executor, workspaceId: string, ids: string[], now: string): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom("cheat_sheets")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("id", "in", ids)
    .where("status", "=", "published")
    .where("verify_due_at", "<", now)
    .execute();
  return rows.map((row) => row.id);
}

/** Sheets that link a record: for readers the published sheets (with their published titles), for writers the working copies. */
export async function listSheetsLinking(db: Executor, workspaceId: string, target: { type: "service" | "term"; id: string }, copy: Copy) {
  const links = db
    .selectFrom("cheat_sheet_links as link")
    .innerJoin("cheat_sheets as sheet", "sheet.id", "link.sheet_id")
    .where("link.workspace_id", "=", workspaceId)
    .where("link.target_type", "=", target.type)
    .where("link.target_id", "=", target.id)
    .where("link.copy", "=", copy);
  if (copy === "working") return links.select(["sheet.id", "sheet.title", "sheet.status"]).orderBy("sheet.title").limit(100).execute();
  return links
    .innerJoin("cheat_sheet_versions as published", (join) =>
      join.onRef("published.sheet_id", "=", "sheet.id").onRef("published.number", "=", "sheet.published_version"),
    )
    .select(["sheet.id", "published.title", "sheet.status"])
    .where("sheet.status", "=", "published")
    .orderBy("published.title")
    .limit(100)
    .execute();
}

/** Removes every sheet's working and published link to a record that is being deleted. */
export async function deleteLinksTo(db: Executor, workspaceId: string, target: { type: "service" | "term"; id: string }): Promise<void> {
  await db
    .deleteFrom("cheat_sheet_links")
    .where("workspace_id", "=", workspaceId)
    .where("target_type", "=", target.type)
    .where("target_id", "=", target.id)
    .execute();
}

/** Sheets readers can open now: published, with or without a new draft in progress. */
export async function countPublishedSheets(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom("cheat_sheets")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("workspace_id", "=", workspaceId)
    .where("status", "=", "published")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
