import { parseRoles } from "#server/kernel/auth/credentials.ts";
import type { Member, MemberRecord } from "#shared/contracts/members.ts";
import { memberPolicy, type MemberFacts } from "#shared/policies/members.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import type { MemberRow } from "./members.repository.ts";

/** A member as events and the audit log keep it. */
export function memberRecord(row: MemberRow): MemberRecord {
  return {
    id: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    roles: parseRoles(row.roles),
    status: row.status,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}

/** Whether this member is the one active admin, given how many the workspace has. */
export function memberFacts(row: Pick<MemberRow, "status" | "roles">, activeAdmins: number): MemberFacts {
  return { lastActiveAdmin: activeAdmins <= 1 && row.status === "active" && parseRoles(row.roles).includes("admin") };
}

/** A member as the caller sees it: the record and what they may do with it. */
export function presentMember(row: MemberRow, actor: PolicyActor, activeAdmins: number): Member {
  return { ...memberRecord(row), permissions: permissionsOf(memberPolicy, actor, memberFacts(row, activeAdmins)) };
}

/** What the audit log keeps of a member: no contact details beyond the name. */
export function auditSnapshot(member: MemberRecord) {
  return { name: member.name, roles: member.roles, status: member.status };
}
