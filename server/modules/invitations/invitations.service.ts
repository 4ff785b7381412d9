import type { Env } from "#server/env.ts";
import { parseRoles } from "#server/kernel/auth/credentials.ts";
import { hashPassword, hashSecret, newSecret, verifyPassword } from "#server/kernel/auth/secrets.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import type { Db, Executor } from "#server/kernel/db/database.ts";
import { badRequest, conflict, gone, notFound, unauthorized } from "#server/kernel/errors.ts";
import { recordEvent } from "#server/kernel/events/events.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { silentLogger, type JobLogger } from "#server/kernel/jobs/handler.ts";
import { toPage } from "#server/kernel/pagination.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { invitationPolicy } from "#shared/policies/invitations.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import { findUserByEmail, insertUser } from "#server/modules/auth/auth.service.ts";
import { addMember, findWorkspace, startSession, type IssuedSession } from "#server/modules/auth/auth.service.ts";
import { findMembershipByEmail, memberRefs } from "#server/modules/members/members.service.ts";
import { describeRoles, type Page } from "#shared/contracts/common.ts";
import type { AcceptInvitationInput, CreateInvitationInput, Invitation } from "#shared/contracts/invitations.ts";
import { sendInvitationEmail } from "./invitations.mail.ts";
import { invitationRecord, presentInvitation } from "./invitations.presenter.ts";
import * as repo from "./invitations.repository.ts";

export async function listInvitations(
  ctx: RequestContext,
  query: Parameters<typeof repo.listInvitations>[2],
): Promise<Page<Invitation>> {
  const at = now();
  const rows = await repo.listInvitations(ctx.db, ctx.workspaceId, query, at);
  const inviters = await memberRefs(ctx.db, ctx.workspaceId, rows.map((row) => row.invited_by_member_id));
  return toPage(rows, query.limit, (row) => [row.created_at, row.id], (row) => presentInvitation(row, at, inviters, ctx.actor));
}

/**
 * A new invitation replaces any pending one for the same e-mail; its link is
 * shown once, and e-mailed to the invitee once the invitation has committed.
 * The e-mail is best effort (docs/decisions/0007): if it fails, the admin
 * still has the link to pass on by hand.
 */
export async function createInvitation(
  ctx: RequestContext,
  env: Env,
  baseUrl: string,
  input: CreateInvitationInput,
  logger: Pick<JobLogger, "warn"> = silentLogger,
) {
  const created = await insertInvitationOnce(ctx, env, baseUrl, input);
  try {
    const workspaceName = (await findWorkspace(ctx.db, ctx.workspaceId))?.name ?? "a workspace";
    await sendInvitationEmail(ctx.db, env, { ...created, workspaceId: ctx.workspaceId }, workspaceName, created.acceptUrl);
  } catch (error) {
    logger.warn({ err: error, invitationId: created.id }, "the invitation e-mail could not be sent; the admin has the link");
  }
  return created;
}

function insertInvitationOnce(ctx: RequestContext, env: Env, baseUrl: string, input: CreateInvitationInput) {
  return ctx.db.transaction().execute(async (trx) => {
    const membership = await findMembershipByEmail(trx, ctx.workspaceId, input.email);
    if (membership) {
      throw conflict("already_member", membership.status === "active"
        ? `${input.email} is already a member of this workspace.`
        : `${input.email} is a deactivated member: reactivate them on the Members page.`);
    }
    await repo.revokePendingFor(trx, ctx.workspaceId, input.email);
    const token = newSecret("inv");
    const id = newId();
    const createdAt = now();
    await repo.insertInvitation(trx, {
      id,
      workspace_id: ctx.workspaceId,
      email: input.email,
      roles: JSON.stringify(input.roles),
      token_hash: hashSecret(token),
      invited_by_member_id: ctx.actor.memberId,
      status: "pending",
      expires_at: new Date(Date.parse(createdAt) + env.INVITATION_DAYS * 86_400_000).toISOString(),
      accepted_at: null,
      created_at: createdAt,
    });
    const row = (await repo.findInvitation(trx, ctx.workspaceId, id))!;
    const inviters = new Map([[ctx.actor.memberId, { name: ctx.actor.name }]]);
    const invitation = invitationRecord(row, createdAt, inviters);
    await writeAudit(trx, ctx.actor, {
      action: "create",
      recordType: "invitation",
      recordId: id,
      summary: `Invited ${input.email} as ${describeRoles(input.roles)}`,
      after: invitation,
    });
    // The presented invitation: the token exists only in the answer to the admin.
    await recordEvent(trx, ctx.actor, { type: "invitation.created", recordType: "invitation", recordId: id, payload: { invitation } });
    return { ...presentInvitation(row, createdAt, inviters, ctx.actor), token, acceptUrl: `${baseUrl}/invite/${encodeURIComponent(token)}` };
  });
}

export async function revokeInvitation(ctx: RequestContext, id: string): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const row = await repo.findInvitation(trx, ctx.workspaceId, id);
    if (!row) throw notFound("invitation");
    enforce(invitationPolicy.revoke(ctx.actor, { status: row.status }));
    await repo.setInvitationStatus(trx, id, "revoked");
    const at = now();
    const inviters = await memberRefs(trx, ctx.workspaceId, [row.invited_by_member_id]);
    await writeAudit(trx, ctx.actor, {
      action: "update",
      recordType: "invitation",
      recordId: id,
      summary: `Revoked the invitation of ${row.email}`,
      before: invitationRecord(row, at, inviters),
      after: invitationRecord({ ...row, status: "revoked" }, at, inviters),
    });
  });
}

async function findUsable(db: Db, token: string) {
  const row = await repo.findInvitationByTokenHash(db, hashSecret(token));
  if (!row || row.status === "revoked") throw notFound("invitation");
  if (row.status === "accepted") throw gone("invitation_used", "This invitation has already been used. Sign in instead.");
  if (row.expires_at <= now()) throw gone("invitation_expired", "This invitation has expired. Ask your admin for a new one.");
  return row;
}

export async function previewInvitation(db: Db, token: string) {
  const row = await findUsable(db, token);
  const workspace = await findWorkspace(db, row.workspace_id);
  if (!workspace) throw notFound("invitation");
  return {
    email: row.email,
    workspace: { name: workspace.name, slug: workspace.slug },
    roles: parseRoles(row.roles),
    existingUser: Boolean(await findUserByEmail(db, row.email)),
    expiresAt: row.expires_at,
  };
}

/**
 * A person new to Tandem chooses a name and password; someone who already
 * has a sign-in proves it with their password. Either way they join with the
 * invited roles and leave signed in to the workspace.
 */
export async function acceptInvitation(db: Db, env: Env, token: string, input: AcceptInvitationInput): Promise<IssuedSession> {
  const row = await findUsable(db, token);
  const existing = await findUserByEmail(db, row.email);
  if (existing && !(await verifyPassword(existing.password_hash, input.password))) {
    throw unauthorized("This e-mail already has a Tandem sign-in: enter its password to join.");
  }
  if (!existing && !input.name) {
    throw badRequest("validation_failed", "Tell us your name.", [{ path: "body.name", message: "Required." }]);
  }
  const passwordHash = existing ? null : await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    const fresh = await repo.findInvitationByTokenHash(trx, hashSecret(token));
    if (fresh?.status !== "pending") throw gone("invitation_used", "This invitation has already been used. Sign in instead.");
    let userId = existing?.id;
    const userName = existing?.name ?? input.name!;
    if (!userId) {
      userId = newId();
      await insertUser(trx, { id: userId, email: row.email, name: userName, password_hash: passwordHash!, created_at: now() });
    }
    if (await findMembershipByEmail(trx, row.workspace_id, row.email)) {
      throw conflict("already_member", "You are already a member of this workspace. Sign in instead.");
    }
    await addMember(trx, {
      workspaceId: row.workspace_id,
      userId,
      userName,
      roles: parseRoles(row.roles),
    });
    await repo.setInvitationStatus(trx, row.id, "accepted", now());
    return startSession(trx, env, userId, row.workspace_id);
  });
}

/** For other modules (the getting-started checklist). */
export const countInvitations = (db: Executor, workspaceId: string): Promise<number> => repo.countInvitations(db, workspaceId);
