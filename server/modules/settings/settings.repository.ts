import type { Executor } from "#server/kernel/db/database.ts";

export function findSettings(db: Executor, workspaceId: string) {
  return db.selectFrom("workspace_settings").selectAll().where("workspace_id", "=", workspaceId).executeTakeFirst();
}

export async function insertSettings(db: Executor, workspaceId: string, settings: string, at: string): Promise<void> {
  await db.insertInto("workspace_settings").values({ workspace_id: workspaceId, settings, version: 2, updated_at: at }).execute();
}

export async function updateSettings(db: Executor, workspaceId: string, version: number, settings: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable("workspace_settings")
    .set((eb) => ({ settings, updated_at: at, version: eb("version", "+", 1) }))
    .where("workspace_id", "=", workspaceId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
