import { sql, type Selectable } from "kysely";
import { isUniqueViolation } from "#server/kernel/db/constraint-errors.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import type { GlossaryTermsTable } from "#server/kernel/db/schema.ts";
import { afterCursor, type Sort } from "#server/kernel/pagination.ts";
import { containsText } from "#server/kernel/search-text.ts";

export type GlossaryTermRow = Omit<Selectable<GlossaryTermsTable>, "synonyms"> & { synonyms: string[] };

export interface GlossaryTermValues {
  term: string;
  definition: string;
  synonyms: string[];
}

const parse = (row: Selectable<GlossaryTermsTable>): GlossaryTermRow => ({ ...row, synonyms: JSON.parse(row.synonyms) as string[] });

const sortKey = (term: string) => term.toLocaleLowerCase("en");

const toColumns = (values: Partial<GlossaryTermValues>) => ({
  ...values,
  ...(values.term === undefined ? {} : { sort_key: sortKey(values.term) }),
  synonyms: values.synonyms === undefined ? undefined : JSON.stringify(values.synonyms),
});

export async function findTerm(db: Executor, workspaceId: string, id: string): Promise<GlossaryTermRow | undefined> {
  const row = await db.selectFrom("glossary_terms").selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
  return row && parse(row);
}

export async function listTerms(
  db: Executor,
  workspaceId: string,
  options: { q?: string; sort: Sort; cursor?: string; limit: number },
): Promise<GlossaryTermRow[]> {
  let query = db.selectFrom("glossary_terms").selectAll().where("workspace_id", "=", workspaceId);
  if (options.q) {
    const q = options.q;
    // Synonyms are a JSON array in text: a contains match on it finds them too.
    query = query.where((eb) => eb.or([containsText("term", q), containsText("synonyms", q)]));
  }
  if (options.cursor) query = query.where(afterCursor(options.sort, "id", options.cursor));
  const rows = await query
    .orderBy(sql.ref(options.sort.column), options.sort.direction)
    .orderBy("id", options.sort.direction)
    .limit(options.limit + 1)
    .execute();
  return rows.map(parse);
}

/** Every term of the workspace, for the clarity check and the glossary marks in rendered sheets. */
export async function listAllTerms(db: Executor, workspaceId: string): Promise<GlossaryTermRow[]> {
  const rows = await db.selectFrom("glossary_terms").selectAll().where("workspace_id", "=", workspaceId).orderBy("sort_key").execute();
  return rows.map(parse);
}

/** Only the term index can be hit here. */
const isDuplicate = isUniqueViolation;

export async function insertTerm(
  db: Executor,
  row: { id: string; workspaceId: string; at: string; values: GlossaryTermValues },
): Promise<"ok" | "duplicate"> {
  try {
    await db
      .insertInto("glossary_terms")
      .values({ ...row.values, sort_key: sortKey(row.values.term), synonyms: JSON.stringify(row.values.synonyms), id: row.id, workspace_id: row.workspaceId, version: 1, created_at: row.at, updated_at: row.at })
      .execute();
    return "ok";
  } catch (error) {
    if (isDuplicate(error)) return "duplicate";
    throw error;
  }
}

export async function updateTerm(
  db: Executor,
  workspaceId: string,
  change: { id: string; version: number; at: string; values: Partial<GlossaryTermValues> },
): Promise<"ok" | "duplicate" | "stale"> {
  try {
    const result = await db
      .updateTable("glossary_terms")
      .set((eb) => ({ ...toColumns(change.values), updated_at: change.at, version: eb("version", "+", 1) }))
      .where("workspace_id", "=", workspaceId)
      .where("id", "=", change.id)
      .where("version", "=", change.version)
      .executeTakeFirst();
    return result.numUpdatedRows > 0n ? "ok" : "stale";
  } catch (error) {
    if (isDuplicate(error)) return "duplicate";
    throw error;
  }
}

export async function deleteTerm(db: Executor, workspaceId: string, id: string): Promise<boolean> {
  const result = await db.deleteFrom("glossary_terms").where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
  return result.numDeletedRows > 0n;
}

/** The ids among `ids` that are terms of the workspace. */
export async function listExistingIds(db: Executor, workspaceId: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await db.selectFrom("glossary_terms").select("id").where("workspace_id", "=", workspaceId).where("id", "in", ids).execute();
  return rows.map((row) => row.id);
}

export async function countTerms(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom("glossary_terms").select((eb) => eb.fn.countAll<number | string>().as("count")).where("workspace_id", "=", workspaceId).executeTakeFirstOrThrow();
  return Number(row.count);
}
