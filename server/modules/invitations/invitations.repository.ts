import type { Executor } from "#server/kernel/db/database.ts";
import type { InvitationsTable } from "#server/kernel/db/schema.ts";
import { afterCursor, type Sort } from "#server/kernel/pagination.ts";

export const NEWEST_FIRST: Sort = { column: "invitations.created_at", direction: "desc" };

function selectInvitations(db: Executor) {
  return db.selectFrom("invitations").selectAll("invitations");
}

export type InvitationRow = NonNullable<Awaited<ReturnType<typeof findInvitation>>>;

export function findInvitation(db: Executor, workspaceId: string, id: string) {
  return selectInvitations(db).where("invitations.workspace_id", "=", workspaceId).where("invitations.id", "=", id).executeTakeFirst();
}

/** Looked up by its secret, before anyone is signed in: the token picks the workspace. */
export function findInvitationByTokenHash(db: Executor, tokenHash: string) {
  return selectInvitations(db)
    .where("invitations.token_hash", "=", tokenHash)
    .executeTakeFirst();
}

export function listInvitations(
  db: Executor,
  workspaceId: string,
  query: { status?: "pending" | "accepted" | "revoked" | "expired"; cursor?: string; limit: number },
  at: string,
) {
  let select = selectInvitations(db).where("invitations.workspace_id", "=", workspaceId);
  if (query.status === "expired") {
    select = select.where("invitations.status", "=", "pending").where("invitations.expires_at", "<=", at);
  } else if (query.status === "pending") {
    select = select.where("invitations.status", "=", "pending").where("invitations.expires_at", ">", at);
  } else if (query.status) {
    select = select.where("invitations.status", "=", query.status);
  }
  if (query.cursor) select = select.where(afterCursor(NEWEST_FIRST, "invitations.id", query.cursor));
  return select
    .orderBy("invitations.created_at", "desc")
    .orderBy("invitations.id", "desc")
    .limit(query.limit + 1)
    .execute();
}

export async function insertInvitation(db: Executor, invitation: InvitationsTable): Promise<void> {
  await db.insertInto("invitations").values(invitation).execute();
}

export async function setInvitationStatus(
  db: Executor,
  id: string,
  status: "accepted" | "revoked",
  acceptedAt: string | null = null,
): Promise<void> {
  await db.updateTable("invitations").set({ status, accepted_at: acceptedAt }).where("id", "=", id).execute();
}

export async function revokePendingFor(db: Executor, workspaceId: string, email: string): Promise<void> {
  await db
    .updateTable("invitations")
    .set({ status: "revoked" })
    .where("workspace_id", "=", workspaceId)
    .where("email", "=", email)
    .where("status", "=", "pending")
    .execute();
}

/** Every invitation sent, whatever became of it. */
export async function countInvitations(db: Executor, workspaceId: string): Promise<number> {
  const row = await db.selectFrom("invitations").select((eb) => eb.fn.countAll<number | string>().as("count")).where("workspace_id", "=", workspaceId).executeTakeFirstOrThrow();
  return Number(row.count);
}
