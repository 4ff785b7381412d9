import type { Executor } from "#server/kernel/db/database.ts";

/** A person's membership of a workspace, active or not (members.repository finds members by id only). */
export function findMembership(db: Executor, workspaceId: string, userId: string) {
  return db
    .selectFrom("members")
    .select(["id", "roles", "status", "version"])
    .where("workspace_id", "=", workspaceId)
    .where("user_id", "=", userId)
    .executeTakeFirst();
}
