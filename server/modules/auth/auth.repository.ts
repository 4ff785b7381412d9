import type { Executor } from "#server/kernel/db/database.ts";
import type { MembersTable, SessionsTable, UsersTable, WorkspacesTable } from "#server/kernel/db/schema.ts";

export function findUserByEmail(db: Executor, email: string) {
  return db.selectFrom("users").selectAll().where("email", "=", email).executeTakeFirst();
}

export function findUserById(db: Executor, id: string) {
  return db.selectFrom("users").selectAll().where("id", "=", id).executeTakeFirst();
}

export async function insertUser(db: Executor, user: UsersTable): Promise<void> {
  await db.insertInto("users").values(user).execute();
}

export function findWorkspaceBySlug(db: Executor, slug: string) {
  return db.selectFrom("workspaces").selectAll().where("slug", "=", slug).executeTakeFirst();
}

export async function insertWorkspace(db: Executor, workspace: WorkspacesTable): Promise<void> {
  await db.insertInto("workspaces").values(workspace).execute();
}

export async function insertMember(db: Executor, member: MembersTable): Promise<void> {
  await db.insertInto("members").values(member).execute();
}

/** The workspaces where a person is an active member, oldest membership first. */
export function listActiveMemberships(db: Executor, userId: string) {
  return db
    .selectFrom("members")
    .innerJoin("workspaces", "workspaces.id", "members.workspace_id")
    .select([
      "members.id as memberId",
      "members.roles as roles",
      "workspaces.id as workspaceId",
      "workspaces.name as workspaceName",
      "workspaces.slug as workspaceSlug",
    ])
    .where("members.user_id", "=", userId)
    .where("members.status", "=", "active")
    .orderBy("members.created_at")
    .orderBy("members.id")
    .execute();
}

export async function insertSession(db: Executor, session: SessionsTable): Promise<void> {
  await db.insertInto("sessions").values(session).execute();
}

export async function moveSession(db: Executor, sessionId: string, workspaceId: string): Promise<void> {
  await db.updateTable("sessions").set({ workspace_id: workspaceId }).where("id", "=", sessionId).execute();
}

export async function deleteSession(db: Executor, sessionId: string): Promise<void> {
  await db.deleteFrom("sessions").where("id", "=", sessionId).execute();
}

export async function deleteExpiredSessions(db: Executor, at: string): Promise<void> {
  await db.deleteFrom("sessions").where("expires_at", "<=", at).execute();
}
