import type { Compilable, CompiledQuery } from "kysely";
import type { Executor } from "./database.ts";

const MARK = "\u0000param:";

/**
 * A query built and compiled once per database, then run with new values.
 * Building a Kysely query costs more than running a small indexed one, which
 * matters for the lookups every request makes (who is calling). The values
 * are bound as parameters, never spliced into the SQL.
 */
export function reusableQuery<Name extends string, Row>(
  names: readonly Name[],
  build: (db: Executor, placeholders: Record<Name, string>) => Compilable<Row>,
): (db: Executor, values: Record<Name, unknown>) => Promise<Row[]> {
  const placeholders = Object.fromEntries(names.map((name) => [name, MARK + name])) as Record<Name, string>;
  const compiled = new WeakMap<Executor, CompiledQuery<Row>>();
  return async (db, values) => {
    let query = compiled.get(db);
    if (!query) {
      query = build(db, placeholders).compile();
      compiled.set(db, query);
    }
    const parameters = query.parameters.map((parameter) =>
      typeof parameter === "string" && parameter.startsWith(MARK) ? values[parameter.slice(MARK.length) as Name] : parameter,
    );
    return (await db.executeQuery<Row>({ ...query, parameters })).rows;
  };
}
