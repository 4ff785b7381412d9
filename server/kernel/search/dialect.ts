import { PostgresAdapter } from "kysely";
import type { Executor } from "#server/kernel/db/database.ts";

/**
 * Full-text search is the one place where the SQL differs by database, so the
 * dialect is read from the executor here instead of being passed by callers:
 * a module indexes inside its own transaction and hands over just that.
 */
export const isPostgres = (db: Executor): boolean => db.getExecutor().adapter instanceof PostgresAdapter;
