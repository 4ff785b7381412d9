import type { Executor } from "#server/kernel/db/database.ts";

/** True as soon as one workspace exists: the demo is seeded only into an empty database. */
export async function hasAnyWorkspace(db: Executor): Promise<boolean> {
  const row = await db.selectFrom("workspaces").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}
