import { parseRoles } from "#server/kernel/auth/credentials.ts";
import type { Member } from "#shared/contracts/members.ts";
import type { MemberRow } from "./members.repository.ts";

export function presentMember(row: MemberRow): Member {
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

/** What the audit log keeps of a member: no contact details beyond the name. */
export function auditSnapshot(member: Member) {
  return { name: member.name, roles: member.roles, status: member.status };
}
