import type { Executor } from "#server/kernel/db/database.ts";
import type { MembersTable } from "#server/kernel/db/schema.ts";
import { afterCursor, type Sort } from "#server/kernel/pagination.ts";
import { containsText } from "#server/kernel/search-text.ts";
import type { MemberListQuery } from "#shared/contracts/members.ts";

const memberColumns = [
  "members.id",
  "members.user_id",
  "members.roles",
  "members.status",
  "members.version",
  "members.created_at",
  "members.updated_at",
  "users.name",
  "users.email",
] as const;

export type MemberRow = Awaited<ReturnType<typeof findMember>> & {};

function selectMembers(db: Executor, workspaceId: string) {
  return db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select(memberColumns)
    .where("members.workspace_id", "=", workspaceId);
}

export function findMember(db: Executor, workspaceId: string, id: string) {
  return selectMembers(db, workspaceId).where("members.id", "=", id).executeTakeFirst();
}

export function listMembers(db: Executor, workspaceId: string, query: MemberListQuery, sort: Sort) {
  let select = selectMembers(db, workspaceId);
  if (query.q) {
    const q = query.q;
    select = select.where((eb) => eb.or([containsText("users.name", q), containsText("users.email", q)]));
  }
  if (query.role) select = select.where("members.roles", "like", `%"${query.role}"%`);
  if (query.status) select = select.where("members.status", "=", query.status);
  if (query.cursor) select = select.where(afterCursor(sort, "members.id", query.cursor));
  return select
    .orderBy(sort.column as "users.name", sort.direction)
    .orderBy("members.id", sort.direction)
    .limit(query.limit + 1)
    .execute();
}

export function countActiveAdmins(db: Executor, workspaceId: string) {
  return db
    .selectFrom("members")
    .select((eb) => eb.fn.countAll().as("count"))
    .where("workspace_id", "=", workspaceId)
    .where("status", "=", "active")
    .where("roles", "like", '%"admin"%')
    .executeTakeFirstOrThrow()
    .then((row) => Number(row.count));
}

export async function updateMember(
  db: Executor,
  workspaceId: string,
  id: string,
  version: number,
  changes: { roles: string; status: "active" | "deactivated"; updated_at: string },
): Promise<boolean> {
  const result = await db
    .updateTable("members")
    .set((eb) => ({ ...changes, version: eb("version", "+", 1) }))
    .where("id", "=", id)
    .where("workspace_id", "=", workspaceId)
    .where("version", "=", version)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Owners of services and cheat sheets must be active members of the workspace. */
export async function isActiveMember(db: Executor, workspaceId: string, memberId: string): Promise<boolean> {
  const row = await db
    .selectFrom("members")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("id", "=", memberId)
    .where("status", "=", "active")
    .executeTakeFirst();
  return row !== undefined;
}

/** Active members holding a role, for fan-out to a role. */
export function listActiveMemberIdsWithRole(db: Executor, workspaceId: string, role: string) {
  return db
    .selectFrom("members")
    .select("id")
    .where("workspace_id", "=", workspaceId)
    .where("status", "=", "active")
    .where("roles", "like", `%"${role}"%`)
    .execute()
    .then((rows) => rows.map((row) => row.id));
}

/** Names and e-mails of members, for other modules to show who is who: one query for any number of ids. */
export async function listMemberRefs(db: Executor, workspaceId: string, ids: readonly string[], options: { activeOnly?: boolean } = {}) {
  if (ids.length === 0) return [];
  let select = db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select(["members.id", "users.name", "users.email"])
    .where("members.workspace_id", "=", workspaceId)
    .where("members.id", "in", ids);
  if (options.activeOnly) select = select.where("members.status", "=", "active");
  return select.execute();
}

/** Active members holding a role, by name: who a per-rep report lists. */
export function listActiveMemberRefsWithRole(db: Executor, workspaceId: string, role: string, limit: number) {
  return db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select(["members.id", "users.name", "users.email"])
    .where("members.workspace_id", "=", workspaceId)
    .where("members.status", "=", "active")
    .where("members.roles", "like", `%"${role}"%`)
    .orderBy("users.name")
    .orderBy("members.id")
    .limit(limit)
    .execute();
}

/** Every active member with their roles, by name; `roles` narrows to those holding any of them. For team views (readiness). */
export function listActiveDirectory(db: Executor, workspaceId: string, roles?: readonly string[]) {
  let query = db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select(["members.id", "users.name", "users.email", "members.roles"])
    .where("members.workspace_id", "=", workspaceId)
    .where("members.status", "=", "active");
  if (roles && roles.length > 0) query = query.where((eb) => eb.or(roles.map((role) => eb("members.roles", "like", `%"${role}"%`))));
  return query.orderBy("users.name").orderBy("members.id").execute();
}

/** A person's membership of the workspace, by their e-mail: whether an invitation is needed. */
export function findMembershipByEmail(db: Executor, workspaceId: string, email: string) {
  return db
    .selectFrom("members")
    .innerJoin("users", "users.id", "members.user_id")
    .select(["members.id", "members.status"])
    .where("members.workspace_id", "=", workspaceId)
    .where("users.email", "=", email)
    .executeTakeFirst();
}

/** A person's active memberships, oldest first: the workspaces they may sign in to. */
export function listActiveMembershipsOf(db: Executor, userId: string) {
  return db
    .selectFrom("members")
    .select(["id as memberId", "roles", "workspace_id as workspaceId"])
    .where("user_id", "=", userId)
    .where("status", "=", "active")
    .orderBy("created_at")
    .orderBy("id")
    .execute();
}

export async function insertMember(db: Executor, member: MembersTable): Promise<void> {
  await db.insertInto("members").values(member).execute();
}

export async function countActiveMembers(db: Executor, workspaceId: string): Promise<number> {
  const row = await db
    .selectFrom("members")
    .select((eb) => eb.fn.countAll<number | string>().as("count"))
    .where("workspace_id", "=", workspaceId)
    .where("status", "=", "active")
    .executeTakeFirstOrThrow();
  return Number(row.count);
}
