import { sql, type Expression, type SqlBool } from "kysely";
import type { Page } from "#shared/contracts/common.ts";
import { badRequest } from "./errors.ts";

type CursorValue = string | number;

export interface Sort {
  column: string;
  direction: "asc" | "desc";
}

/** `"-name"` → name descending; the API's sort parameters all read this way. */
export function parseSort(sort: string, columns: Record<string, string>): Sort {
  const descending = sort.startsWith("-");
  const key = descending ? sort.slice(1) : sort;
  const column = columns[key];
  if (!column) throw badRequest("invalid_sort", `Cannot sort by ${key}.`);
  return { column, direction: descending ? "desc" : "asc" };
}

export function encodeCursor(values: [CursorValue, string]): string {
  return Buffer.from(JSON.stringify(values)).toString("base64url");
}

export function decodeCursor(cursor: string): [CursorValue, string] {
  try {
    const values: unknown = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    if (
      Array.isArray(values) &&
      values.length === 2 &&
      (typeof values[0] === "string" || typeof values[0] === "number") &&
      typeof values[1] === "string"
    ) {
      return [values[0], values[1]];
    }
  } catch {
    // fall through to the problem below
  }
  throw badRequest("invalid_cursor", "This cursor is not one Tandem gave out. Start from the first page.");
}

/**
 * Keyset condition "after the cursor" on (sort column, id); both columns are
 * in the list's index, so a page costs the same at any depth.
 */
export function afterCursor(sort: Sort, idColumn: string, cursor: string): Expression<SqlBool> {
  const [value, id] = decodeCursor(cursor);
  const op = sql.raw(sort.direction === "asc" ? ">" : "<");
  const column = sql.ref(sort.column);
  return sql<SqlBool>`(${column} ${op} ${value} or (${column} = ${value} and ${sql.ref(idColumn)} ${op} ${id}))`;
}

/** Repositories fetch limit + 1 rows; the extra one tells whether a next page exists. */
export function toPage<Row, Item>(
  rows: Row[],
  limit: number,
  cursorOf: (row: Row) => [CursorValue, string],
  present: (row: Row) => Item,
): Page<Item> {
  const pageRows = rows.slice(0, limit);
  const last = pageRows.at(-1);
  return {
    items: pageRows.map(present),
    nextCursor: rows.length > limit && last ? encodeCursor(cursorOf(last)) : null,
  };
}
