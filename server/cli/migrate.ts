import { migrateToLatest } from "#server/kernel/db/database.ts";
import { readFlags, type Runtime } from "./runtime.ts";

export async function migrate(args: string[], cli: Runtime): Promise<void> {
  readFlags("migrate", args, []);
  const handle = cli.connect();
  const applied = await migrateToLatest(handle.db);
  const where = handle.kind === "sqlite" ? `SQLite at ${handle.sqlitePath}` : "PostgreSQL";
  if (applied.length === 0) cli.say(`The database (${where}) is up to date: no migration to apply.`);
  else cli.say(`Applied ${applied.length} migration(s) to ${where}:\n${applied.map((name) => `  ${name}`).join("\n")}`);
}
