import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  SqliteAdapter,
  SqliteIntrospector,
  SqliteQueryCompiler,
  type CompiledQuery,
  type Dialect,
} from "kysely";
import type { DatabaseKind } from "#server/kernel/db/database.ts";
import type { Database } from "#server/kernel/db/schema.ts";
import { listMemberRefs } from "#server/modules/members/members.repository.ts";
import { listServices } from "#server/modules/services/services.repository.ts";
import type { BenchData } from "../generate.ts";

export interface Scenario {
  name: string;
  /** The request repeated against Tandem, with the member's API token. */
  path: string;
  /** Exactly the SQL Tandem runs for that request's data, in order, for the bare baseline route. */
  baselineQueries(data: BenchData, kind: DatabaseKind): Promise<CompiledQuery[]>;
  /** Why a response from Tandem is not the expected one, or null when it is. */
  check(body: unknown): string | null;
}

const LIMIT = 50;

/**
 * Runs the services repository's own list query on a driver that executes
 * nothing, only to record the SQL and parameters it compiles to.
 */
export async function recordQuery(kind: DatabaseKind, run: (db: Kysely<Database>) => Promise<unknown>): Promise<CompiledQuery> {
  const recorded: CompiledQuery[] = [];
  const dialect: Dialect =
    kind === "sqlite"
      ? {
          createAdapter: () => new SqliteAdapter(),
          createDriver: () => new DummyDriver(),
          createIntrospector: (db) => new SqliteIntrospector(db),
          createQueryCompiler: () => new SqliteQueryCompiler(),
        }
      : {
          createAdapter: () => new PostgresAdapter(),
          createDriver: () => new DummyDriver(),
          createIntrospector: (db) => new PostgresIntrospector(db),
          createQueryCompiler: () => new PostgresQueryCompiler(),
        };
  const db = new Kysely<Database>({
    dialect,
    log: (event) => {
      if (event.level === "query") recorded.push(event.query);
    },
  });
  await run(db);
  await db.destroy();
  if (recorded.length !== 1 || !recorded[0]) throw new Error(`expected one query, recorded ${recorded.length}`);
  return recorded[0];
}

export const servicesList: Scenario = {
  name: "services list",
  path: `/api/v1/services?limit=${LIMIT}`,
  // The API's default order is by name; the service asks the repository for limit + 1 rows,
  // then the members module for the owners' names.
  baselineQueries: async (data, kind) => [
    await recordQuery(kind, (db) => listServices(db, data.workspaceId, { filter: {}, sort: { column: "services.name", direction: "asc" }, limit: LIMIT })),
    await recordQuery(kind, (db) => listMemberRefs(db, data.workspaceId, [data.ownerId])),
  ],
  check(body) {
    const page = body as { items?: unknown[]; nextCursor?: unknown };
    if (!Array.isArray(page.items) || page.items.length !== LIMIT) return `expected ${LIMIT} items`;
    if (typeof page.nextCursor !== "string") return "expected a next page";
    return null;
  },
};
