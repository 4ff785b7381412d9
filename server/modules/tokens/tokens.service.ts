import type { Executor } from "#server/kernel/db/database.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import { hashSecret, newSecret } from "#server/kernel/auth/secrets.ts";
import { badRequest, notFound } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { toPage } from "#server/kernel/pagination.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import type { Page, Role } from "#shared/contracts/common.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { apiTokenPolicy } from "#shared/policies/tokens.ts";
import type { ApiToken, CreateApiTokenInput } from "#shared/contracts/tokens.ts";
import { apiTokenRecord, presentToken } from "./tokens.presenter.ts";
import * as repo from "./tokens.repository.ts";

export async function listTokens(ctx: RequestContext, query: { cursor?: string; limit: number }): Promise<Page<ApiToken>> {
  const rows = await repo.listTokens(ctx.db, ctx.workspaceId, ctx.actor.memberId, query);
  return toPage(rows, query.limit, (row) => [row.created_at, row.id], (row) => presentToken(row, ctx.actor));
}

/** Shared by the API and the `tandem token create` command. */
export async function issueToken(
  trx: Executor,
  actor: { memberId: string; name: string; workspaceId: string; roles: readonly Role[] },
  input: CreateApiTokenInput,
): Promise<ApiToken & { token: string }> {
  const createdAt = now();
  // The token works through the whole of its last day, in UTC.
  const expiresAt = input.expiresOn ? new Date(`${input.expiresOn}T23:59:59.999Z`).toISOString() : null;
  if (expiresAt && expiresAt <= createdAt) {
    throw badRequest("validation_failed", "Choose a day from today on.", [{ path: "body.expiresOn", message: "In the past." }]);
  }
  const token = newSecret("tdm");
  const row = {
    id: newId(),
    workspace_id: actor.workspaceId,
    member_id: actor.memberId,
    name: input.name,
    token_hash: hashSecret(token),
    prefix: token.slice(0, 8),
    expires_at: expiresAt,
    last_used_at: null,
    revoked_at: null,
    created_at: createdAt,
  };
  await repo.insertToken(trx, row);
  const presented = apiTokenRecord(row);
  await writeAudit(trx, actor, {
    action: "create",
    recordType: "api_token",
    recordId: row.id,
    summary: `API token "${input.name}" created`,
    after: presented,
  });
  return { ...presentToken(row, actor), token };
}

export function createToken(ctx: RequestContext, input: CreateApiTokenInput) {
  return ctx.db.transaction().execute((trx) => issueToken(trx, ctx.actor, input));
}

/** People revoke their own tokens; admins may revoke anyone's in the workspace. */
export async function revokeToken(ctx: RequestContext, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findToken(trx, ctx.workspaceId, id);
    if (!row) throw notFound("API token");
    const decision = apiTokenPolicy.revoke(ctx.actor, { memberId: row.member_id, revoked: row.revoked_at !== null });
    // Someone else's tokens are never listed to them: to them the token does not exist.
    if (decision?.kind === "forbidden") throw notFound("API token");
    enforce(decision);
    const at = now();
    await repo.revokeToken(trx, ctx.workspaceId, id, at);
    await writeAudit(trx, ctx.actor, {
      action: "update",
      recordType: "api_token",
      recordId: id,
      summary: `API token "${row.name}" revoked`,
      before: apiTokenRecord(row),
      after: apiTokenRecord({ ...row, revoked_at: at }),
    });
  });
}

/**
 * A deactivated member's tokens are revoked for good, so reactivating them
 * later brings none back: they make new ones.
 */
export function revokeAllTokensOf(trx: Executor, workspaceId: string, memberId: string): Promise<number> {
  return repo.revokeMemberTokens(trx, workspaceId, memberId, now());
}
