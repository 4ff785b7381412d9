import type { RequestContext } from "#server/kernel/context.ts";
import { notFound, staleVersion } from "#server/kernel/errors.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import { now } from "#server/kernel/ids.ts";
import { parseSort, toPage } from "#server/kernel/pagination.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import { endSessionsOf } from "#server/modules/auth/auth.service.ts";
import { revokeAllTokensOf } from "#server/modules/tokens/tokens.service.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { describeRoles, type MemberRef, type Page, type Role } from "#shared/contracts/common.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { memberPolicy } from "#shared/policies/members.ts";
import type { Member, MemberListQuery, MemberRecord, UpdateMemberInput } from "#shared/contracts/members.ts";
import { auditSnapshot, memberFacts, memberRecord, presentMember } from "./members.presenter.ts";
import * as repo from "./members.repository.ts";

const SORT_COLUMNS = { name: "users.name", createdAt: "members.created_at" };

export async function listMembers(ctx: RequestContext, query: MemberListQuery): Promise<Page<Member>> {
  const sort = parseSort(query.sort, SORT_COLUMNS);
  const rows = await repo.listMembers(ctx.db, ctx.workspaceId, query, sort);
  const key = sort.column === "users.name" ? "name" : "created_at";
  const activeAdmins = await repo.countActiveAdmins(ctx.db, ctx.workspaceId);
  return toPage(rows, query.limit, (row) => [row[key], row.id], (row) => presentMember(row, ctx.actor, activeAdmins));
}

export async function getMember(ctx: RequestContext, id: string): Promise<Member> {
  const row = await repo.findMember(ctx.db, ctx.workspaceId, id);
  if (!row) throw notFound("member");
  return presentMember(row, ctx.actor, await repo.countActiveAdmins(ctx.db, ctx.workspaceId));
}

/**
 * Roles and status change together under one version. The workspace always
 * keeps an active admin. A deactivated member's sessions end and their API
 * tokens are revoked at once, so reactivating them brings back neither.
 */
export async function updateMember(ctx: RequestContext, id: string, input: UpdateMemberInput): Promise<Member> {
  enforce(memberPolicy.update(ctx.actor));
  return ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findMember(trx, ctx.workspaceId, id);
    if (!row) throw notFound("member");
    const before = memberRecord(row);
    if (before.version !== input.version) throw staleVersion("member");
    const roles = input.roles ?? before.roles;
    const status = input.status ?? before.status;
    const facts = memberFacts(row, await repo.countActiveAdmins(trx, ctx.workspaceId));
    if (status === "deactivated" && before.status === "active") enforce(memberPolicy.deactivate(ctx.actor, facts));
    if (before.roles.includes("admin") && !roles.includes("admin")) enforce(memberPolicy.removeAdminRole(ctx.actor, facts));
    const updated = await repo.updateMember(trx, ctx.workspaceId, id, input.version, {
      roles: JSON.stringify(roles),
      status,
      updated_at: now(),
    });
    if (!updated) throw staleVersion("member");
    if (status === "deactivated" && before.status === "active") {
      await endSessionsOf(trx, row.user_id, ctx.workspaceId);
      await revokeAllTokensOf(trx, ctx.workspaceId, id);
    }
    const afterRow = (await repo.findMember(trx, ctx.workspaceId, id))!;
    const after = memberRecord(afterRow);
    await writeAudit(trx, ctx.actor, {
      action: "update",
      recordType: "member",
      recordId: id,
      summary: `Member ${after.name}: ${describeChange(before, after)}`,
      before: auditSnapshot(before),
      after: auditSnapshot(after),
    });
    await recordEvent(trx, ctx.actor, { type: "member.updated", recordType: "member", recordId: id, payload: { member: after, previous: before } });
    return presentMember(afterRow, ctx.actor, await repo.countActiveAdmins(trx, ctx.workspaceId));
  });
}

function describeChange(before: MemberRecord, after: MemberRecord): string {
  const parts: string[] = [];
  if (before.status !== after.status) parts.push(after.status === "active" ? "reactivated" : "deactivated");
  if (before.roles.join() !== after.roles.join()) parts.push(`roles ${describeRoles(after.roles)}`);
  return parts.join("; ") || "no change";
}

/*
 * What other modules ask of members. Members are the one place that joins
 * a member to the person (users) behind it; everyone else gets names here,
 * batched, never by a join of their own (docs/decisions/0016).
 */

/** Whether a member id is an active member of the workspace (owners, assignees). */
export const isActiveMember = repo.isActiveMember;

/** The active members holding a role, to notify a role. */
export const activeMemberIdsWithRole = repo.listActiveMemberIdsWithRole;

/** Who is who, by member id, in one query; ids of no member of the workspace are left out. */
export async function memberRefs(db: Executor, workspaceId: string, ids: readonly (string | null)[], options: { activeOnly?: boolean } = {}): Promise<Map<string, MemberRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  const rows = await repo.listMemberRefs(db, workspaceId, wanted, options);
  return new Map(rows.map((row) => [row.id, row]));
}

/** The active members holding a role, by name (at most `limit`). */
export const activeMemberRefsWithRole = repo.listActiveMemberRefsWithRole;

/** A person's membership of the workspace by their e-mail, whatever its status. */
export const findMembershipByEmail = repo.findMembershipByEmail;

/** A person's active memberships, oldest first. */
export const activeMembershipsOf = repo.listActiveMembershipsOf;

/** A new membership: made when a workspace is founded and when an invitation is accepted. */
export const insertMember = repo.insertMember;

/** For other modules (the getting-started checklist). */
export const countActiveMembers = (db: Executor, workspaceId: string): Promise<number> => repo.countActiveMembers(db, workspaceId);

/** Active members with their roles, by name (for team views such as readiness). */
export async function activeDirectory(db: Executor, workspaceId: string, roles?: readonly Role[]): Promise<(MemberRef & { roles: Role[] })[]> {
  const rows = await repo.listActiveDirectory(db, workspaceId, roles);
  return rows.map((row) => ({ id: row.id, name: row.name, email: row.email, roles: JSON.parse(row.roles) as Role[] }));
}
