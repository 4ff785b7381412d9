import type { Executor } from "#server/kernel/db/database.ts";

export async function isDismissed(db: Executor, workspaceId: string, memberId: string): Promise<boolean> {
  const row = await db
    .selectFrom("getting_started_dismissals")
    .select("member_id")
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertDismissal(db: Executor, workspaceId: string, memberId: string, at: string): Promise<void> {
  await db
    .insertInto("getting_started_dismissals")
    .values({ member_id: memberId, workspace_id: workspaceId, dismissed_at: at })
    .onConflict((oc) => oc.column("member_id").doNothing())
    .execute();
}

export async function deleteDismissal(db: Executor, workspaceId: string, memberId: string): Promise<void> {
  await db.deleteFrom("getting_started_dismissals").where("workspace_id", "=", workspaceId).where("member_id", "=", memberId).execute();
}
