import type { Executor } from "#server/kernel/db/database.ts";
import type { PasswordResetsTable, SessionsTable, SignInFailuresTable, UsersTable, WorkspacesTable } from "#server/kernel/db/schema.ts";

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

export async function listWorkspacesByIds(db: Executor, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db.selectFrom("workspaces").select(["id", "name", "slug"]).where("id", "in", ids).execute();
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

export async function deleteSessionsOf(db: Executor, userId: string, workspaceId?: string): Promise<void> {
  let query = db.deleteFrom("sessions").where("user_id", "=", userId);
  if (workspaceId) query = query.where("workspace_id", "=", workspaceId);
  await query.execute();
}

export async function deleteExpiredSessions(db: Executor, at: string): Promise<void> {
  await db
    .deleteFrom("sessions")
    .where((eb) => eb.or([eb("expires_at", "<=", at), eb("idle_expires_at", "<=", at)]))
    .execute();
}

export async function insertSignInFailure(db: Executor, failure: SignInFailuresTable): Promise<void> {
  await db.insertInto("sign_in_failures").values(failure).execute();
}

export async function countFailuresFromAddress(db: Executor, address: string, since: string): Promise<number> {
  const row = await db
    .selectFrom("sign_in_failures")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("address", "=", address)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return Number(row.count);
}

/** An account's recent failures: how many, the latest, and how many came from `address`. */
export async function accountFailures(db: Executor, email: string, address: string, since: string) {
  const row = await db
    .selectFrom("sign_in_failures")
    .select((eb) => [
      eb.fn.countAll<number | string>().as("count"),
      eb.fn.max("at").as("latest"),
      eb.fn.sum<number | string | null>(eb.case().when("address", "=", address).then(1).else(0).end()).as("fromAddress"),
    ])
    .where("email", "=", email)
    .where("at", ">", since)
    .executeTakeFirstOrThrow();
  return { count: Number(row.count), latest: row.latest ?? null, fromAddress: Number(row.fromAddress ?? 0) };
}

export async function clearSignInFailures(db: Executor, email: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("email", "=", email).execute();
}

export async function deleteSignInFailuresBefore(db: Executor, before: string): Promise<void> {
  await db.deleteFrom("sign_in_failures").where("at", "<", before).execute();
}

export async function insertPasswordReset(db: Executor, reset: PasswordResetsTable): Promise<void> {
  await db.insertInto("password_resets").values(reset).execute();
}

/** Only the newest link works: asking again retires the earlier ones. */
export async function retireUnusedResets(db: Executor, userId: string, at: string): Promise<void> {
  await db.updateTable("password_resets").set({ used_at: at }).where("user_id", "=", userId).where("used_at", "is", null).execute();
}

export function findPasswordReset(db: Executor, tokenHash: string) {
  return db
    .selectFrom("password_resets")
    .innerJoin("users", "users.id", "password_resets.user_id")
    .select(["password_resets.id", "password_resets.user_id", "password_resets.expires_at", "password_resets.used_at", "users.email", "users.name"])
    .where("password_resets.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

/** Marks the link used; false when another request used it first. */
export async function usePasswordReset(db: Executor, id: string, at: string): Promise<boolean> {
  const result = await db.updateTable("password_resets").set({ used_at: at }).where("id", "=", id).where("used_at", "is", null).executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setPasswordHash(db: Executor, userId: string, passwordHash: string): Promise<void> {
  await db.updateTable("users").set({ password_hash: passwordHash }).where("id", "=", userId).execute();
}
