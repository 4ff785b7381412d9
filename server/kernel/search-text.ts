import { sql, type Expression, type SqlBool } from "kysely";

/**
 * Case-insensitive "contains" that takes the text literally: %, _ and \ are
 * escaped, and the ESCAPE clause makes SQLite and PostgreSQL agree. Both sides
 * are folded by the database's own lower(): SQLite folds ASCII only, so folding
 * the pattern in JavaScript would miss "Équipe" even when typed exactly.
 */
export function containsText(column: string, text: string): Expression<SqlBool> {
  const pattern = `%${text.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like lower(${pattern}) escape '\\'`;
}
