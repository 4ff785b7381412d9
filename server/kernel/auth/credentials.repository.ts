import type { Executor } from "../db/database.ts";
import { reusableQuery } from "../db/reusable-query.ts";

const actorColumns = [
  "members.id as memberId",
  "members.roles as roles",
  "members.workspace_id as workspaceId",
  "users.id as userId",
  "users.name as name",
  "users.email as email",
] as const;

// Both lookups run on every request, so they are compiled once (reusableQuery).
const actorBySession = reusableQuery(["sessionId", "at"], (db, p) =>
  db
    .selectFrom("sessions")
    .innerJoin("members", (join) =>
      join.onRef("members.user_id", "=", "sessions.user_id").onRef("members.workspace_id", "=", "sessions.workspace_id"),
    )
    .innerJoin("users", "users.id", "sessions.user_id")
    .select([...actorColumns, "sessions.last_seen_at as lastSeenAt"])
    .where("sessions.id", "=", p.sessionId)
    .where("sessions.expires_at", ">", p.at)
    .where("sessions.idle_expires_at", ">", p.at)
    .where("members.status", "=", "active"),
);

const actorByToken = reusableQuery(["tokenHash", "at"], (db, p) =>
  db
    .selectFrom("api_tokens")
    .innerJoin("members", "members.id", "api_tokens.member_id")
    .innerJoin("users", "users.id", "members.user_id")
    .select([...actorColumns, "api_tokens.id as tokenId", "api_tokens.last_used_at as lastUsedAt"])
    .where("api_tokens.token_hash", "=", p.tokenHash)
    .where("api_tokens.revoked_at", "is", null)
    .where((eb) => eb.or([eb("api_tokens.expires_at", "is", null), eb("api_tokens.expires_at", ">", p.at)]))
    .where("members.status", "=", "active"),
);

export async function findActorBySession(db: Executor, sessionId: string, at: string) {
  return (await actorBySession(db, { sessionId, at }))[0];
}

export async function findActorByToken(db: Executor, tokenHash: string, at: string) {
  return (await actorByToken(db, { tokenHash, at }))[0];
}

export async function touchToken(db: Executor, tokenId: string, at: string): Promise<void> {
  await db.updateTable("api_tokens").set({ last_used_at: at }).where("id", "=", tokenId).execute();
}

export async function touchSession(db: Executor, sessionId: string, at: string, idleExpiresAt: string): Promise<void> {
  await db.updateTable("sessions").set({ last_seen_at: at, idle_expires_at: idleExpiresAt }).where("id", "=", sessionId).execute();
}
