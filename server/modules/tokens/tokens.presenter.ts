import type { ApiToken, ApiTokenRecord } from "#shared/contracts/tokens.ts";
import { permissionsOf, type PolicyActor } from "#shared/policies/policy.ts";
import { apiTokenPolicy } from "#shared/policies/tokens.ts";
import type { ApiTokenRow } from "./tokens.repository.ts";

/** The hash never leaves the server; the secret itself is only in the creation answer. */
export function apiTokenRecord(row: ApiTokenRow): ApiTokenRecord {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    expiresAt: row.expires_at,
    lastUsedAt: row.last_used_at,
    revokedAt: row.revoked_at,
    createdAt: row.created_at,
  };
}

/** A token as the caller sees it: the record and what they may do with it. */
export function presentToken(row: ApiTokenRow, actor: PolicyActor): ApiToken {
  const permissions = permissionsOf(apiTokenPolicy, actor, { memberId: row.member_id, revoked: row.revoked_at !== null });
  return { ...apiTokenRecord(row), permissions };
}
