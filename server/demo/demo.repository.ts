import type { Executor } from "#server/kernel/db/database.ts";

/** True as soon as one workspace exists: the demo is seeded only into an empty database. */
export async function hasAnyWorkspace(db: Executor): Promise<boolean> {
  const row = await db.selectFrom("workspaces").select("id").limit(1).executeTakeFirst();
  return row !== undefined;
}

/** Moves a published sheet's last verification into the past, so the demo shows sheets gone stale. */
export async function backdateVerification(db: Executor, sheetId: string, verifiedAt: string, dueAt: string): Promise<void> {
  await db.updateTable("cheat_sheets").set({ verified_at: verifiedAt, verify_due_at: dueAt }).where("id", "=", sheetId).execute();
}

export async function serviceIdsByName(db: Executor, workspaceId: string): Promise<Map<string, string>> {
  const rows = await db.selectFrom("services").select(["id", "name"]).where("workspace_id", "=", workspaceId).execute();
  return new Map(rows.map((row) => [row.name, row.id]));
}
