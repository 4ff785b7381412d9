import type { ApiToken } from "#shared/contracts/tokens.ts";
import type { ApiTokenRow } from "./tokens.repository.ts";

/** The hash never leaves the server; the secret itself is only in the creation answer. */
export function presentToken(row: ApiTokenRow): ApiToken {
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
