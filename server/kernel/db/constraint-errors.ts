/** Both databases report a unique index violation differently: PostgreSQL by SQLSTATE, better-sqlite3 by its own code. */
export function isUniqueViolation(error: unknown): boolean {
  const { code } = (error ?? {}) as { code?: unknown };
  return code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE";
}
