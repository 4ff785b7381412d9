import { sql, type Expression, type SqlBool } from "kysely";

/**
 * Case-insensitive "contains" that takes the text literally: %, _ and \ are
 * escaped, and the ESCAPE clause makes SQLite and PostgreSQL agree.
 */
export function containsText(column: string, text: string): Expression<SqlBool> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<SqlBool>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
