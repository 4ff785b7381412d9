import type { Executor } from "#server/kernel/db/database.ts";
import type { ApiTokensTable } from "#server/kernel/db/schema.ts";
import { afterCursor } from "#server/kernel/pagination.ts";

export type ApiTokenRow = ApiTokensTable;

export function listTokens(db: Executor, workspaceId: string, memberId: string, query: { cursor?: string; limit: number }) {
  let select = db
    .selectFrom("api_tokens")
    .selectAll()
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId);
  if (query.cursor) {
    select = select.where(afterCursor({ column: "api_tokens.created_at", direction: "desc" }, "api_tokens.id", query.cursor));
  }
  return select.orderBy("created_at", "desc").orderBy("id", "desc").limit(query.limit + 1).execute();
}

export function findToken(db: Executor, workspaceId: string, id: string) {
  return db.selectFrom("api_tokens").selectAll().where("workspace_id", "=", workspaceId).where("id", "=", id).executeTakeFirst();
}

export async function insertToken(db: Executor, token: ApiTokenRow): Promise<void> {
  await db.insertInto("api_tokens").values(token).execute();
}

export async function revokeToken(db: Executor, workspaceId: string, id: string, at: string): Promise<void> {
  await db.updateTable("api_tokens").set({ revoked_at: at }).where("workspace_id", "=", workspaceId).where("id", "=", id).execute();
}

export async function revokeMemberTokens(db: Executor, workspaceId: string, memberId: string, at: string): Promise<number> {
  const result = await db
    .updateTable("api_tokens")
    .set({ revoked_at: at })
    .where("workspace_id", "=", workspaceId)
    .where("member_id", "=", memberId)
    .where("revoked_at", "is", null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
