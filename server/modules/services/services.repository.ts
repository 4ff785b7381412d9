import { sql, type Selectable } from "kysely";
import { isUniqueViolation } from "#server/kernel/db/constraint-errors.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import type { ServicesTable } from "#server/kernel/db/schema.ts";
import { afterCursor, type Sort } from "#server/kernel/pagination.ts";
import { containsText } from "#server/kernel/search-text.ts";
import { computeTotals } from "#shared/catalog/totals.ts";
import type { EstimationTemplate, Rate } from "#shared/contracts/services.ts";

/** A list row: the stored totals instead of the documents they come from. */
export interface ServiceSummaryRow
  extends Omit<Selectable<ServicesTable>, "workspace_id" | "description" | "estimation_template" | "rate_card" | "price_min" | "price_max"> {
  price_min: number;
  price_max: number;
}

/** A service as stored, JSON columns parsed. */
export interface ServiceRow extends ServiceSummaryRow {
  description: string;
  estimation_template: EstimationTemplate;
  rate_card: Rate[];
}

/** The columns a create or an update writes; JSON columns still as values. */
export interface ServiceValues {
  name: string;
  summary: string;
  description: string;
  duration_min_weeks: number;
  duration_max_weeks: number;
  lead_time_weeks: number;
  estimation_template: EstimationTemplate;
  currency: string;
  rate_card: Rate[];
  owner_member_id: string | null;
  status: ServicesTable["status"];
}

export interface ServiceFilter {
  q?: string;
  status?: ServicesTable["status"];
  ownerId?: string;
}

type StoredRow = Selectable<ServicesTable>;

const withNumericPrices = <Row extends { price_min: number | string; price_max: number | string }>(row: Row) => ({
  ...row,
  price_min: Number(row.price_min),
  price_max: Number(row.price_max),
});

function parseRow(row: StoredRow): ServiceRow {
  return {
    ...withNumericPrices(row),
    estimation_template: JSON.parse(row.estimation_template) as EstimationTemplate,
    rate_card: JSON.parse(row.rate_card) as Rate[],
  };
}

type ServiceColumns = Omit<Selectable<ServicesTable>, "id" | "workspace_id" | "version" | "created_at" | "updated_at" | "price_min" | "price_max"> & {
  price_min: number;
  price_max: number;
};

/**
 * Values → columns: documents as JSON text, and the totals derived from them.
 * Template and rate card are always written together, so the stored totals
 * never disagree with them.
 */
function toColumns(values: ServiceValues): ServiceColumns;
function toColumns(values: Partial<ServiceValues>): Partial<ServiceColumns>;
function toColumns(values: Partial<ServiceValues>): Partial<ServiceColumns> {
  const { estimation_template, rate_card, ...plain } = values;
  if ((estimation_template === undefined) !== (rate_card === undefined)) {
    throw new Error("Estimation template and rate card are written together.");
  }
  if (estimation_template === undefined || rate_card === undefined) return plain;
  const totals = computeTotals(estimation_template, rate_card, values.currency ?? "");
  return {
    ...plain,
    estimation_template: JSON.stringify(estimation_template),
    rate_card: JSON.stringify(rate_card),
    effort_min_days: totals.effortDays.min,
    effort_max_days: totals.effortDays.max,
    price_min: totals.price.min,
    price_max: totals.price.max,
  };
}

function fromServices(db: Executor, workspaceId: string) {
  return db.selectFrom("services").where("services.workspace_id", "=", workspaceId);
}

const SUMMARY_COLUMNS = [
  "services.id",
  "services.name",
  "services.summary",
  "services.duration_min_weeks",
  "services.duration_max_weeks",
  "services.lead_time_weeks",
  "services.currency",
  "services.effort_min_days",
  "services.effort_max_days",
  "services.price_min",
  "services.price_max",
  "services.owner_member_id",
  "services.status",
  "services.version",
  "services.created_at",
  "services.updated_at",
] as const;

const selectServices = (db: Executor, workspaceId: string) => fromServices(db, workspaceId).selectAll("services");

export async function findServiceById(db: Executor, workspaceId: string, id: string): Promise<ServiceRow | undefined> {
  const row = await selectServices(db, workspaceId).where("services.id", "=", id).executeTakeFirst();
  return row && parseRow(row);
}

/** One page plus one row, in the order of `sort` (then id), after `cursor` when given. */
export async function listServices(
  db: Executor,
  workspaceId: string,
  options: { filter: ServiceFilter; sort: Sort; cursor?: string; limit: number },
): Promise<ServiceSummaryRow[]> {
  const { filter, sort, cursor, limit } = options;
  let query = fromServices(db, workspaceId).select(SUMMARY_COLUMNS);
  if (filter.q) {
    query = query.where(containsText("services.name", filter.q));
  }
  if (filter.status) query = query.where("services.status", "=", filter.status);
  if (filter.ownerId) query = query.where("services.owner_member_id", "=", filter.ownerId);
  if (cursor) query = query.where(afterCursor(sort, "services.id", cursor));
  const rows = await query
    .orderBy(sql.ref(sort.column), sort.direction)
    .orderBy("services.id", sort.direction)
    .limit(limit + 1)
    .execute();
  return rows.map(withNumericPrices);
}

/** Only the name index can be hit here. */
const isDuplicateName = isUniqueViolation;

export async function insertService(
  db: Executor,
  workspaceId: string,
  row: { id: string; at: string; values: ServiceValues },
): Promise<ServiceRow | "duplicate_name"> {
  try {
    const stored = await db
      .insertInto("services")
      .values({
        ...toColumns(row.values),
        id: row.id,
        workspace_id: workspaceId,
        version: 1,
        created_at: row.at,
        updated_at: row.at,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return parseRow(stored);
  } catch (error) {
    if (isDuplicateName(error)) return "duplicate_name";
    throw error;
  }
}

/** Applies the change only at `version` and answers the service as stored; "stale" when that version is no longer current. */
export async function updateService(
  db: Executor,
  workspaceId: string,
  change: { id: string; version: number; at: string; values: Partial<ServiceValues> },
): Promise<ServiceRow | "duplicate_name" | "stale"> {
  try {
    const stored = await db
      .updateTable("services")
      .set((eb) => ({ ...toColumns(change.values), updated_at: change.at, version: eb("version", "+", 1) }))
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", change.id)
      .where("version", "=", change.version)
      .returningAll()
      .executeTakeFirst();
    return stored ? parseRow(stored) : "stale";
  } catch (error) {
    if (isDuplicateName(error)) return "duplicate_name";
    throw error;
  }
}

export async function deleteService(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom("services")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", id)
    .executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** Names of services by id, in name order: how other modules show the services they link. */
export async function listServiceRefs(db: Executor, workspaceId: string, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom("services").select(["id", "name"]).where("workspace_id", "=", workspaceId).where("id", "in", ids).orderBy("name").execute();
}

/** Every active service, by name. */
export function listActiveServiceRefs(db: Executor, workspaceId: string) {
  return db.selectFrom("services").select(["id", "name"]).where("workspace_id", "=", workspaceId).where("status", "=", "active").orderBy("name").orderBy("id").execute();
}

export async function countServices(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom("services").select((eb) => eb.fn.countAll<number | string>().as("count")).where("workspace_id", "=", workspaceId).executeTakeFirstOrThrow();
  return Number(row.count);
}
