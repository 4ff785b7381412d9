import type { Env } from "#server/env.ts";
import { csrfTokenFor, hashPassword, hashSecret, newSecret, verifyPassword } from "#server/kernel/auth/secrets.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import type { Db, Executor } from "#server/kernel/db/database.ts";
import { AppError, conflict, forbidden, notFound, unauthorized } from "#server/kernel/errors.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { writeAudit } from "#server/modules/audit/audit.writer.ts";
import { activeMembershipsOf, insertMember } from "#server/modules/members/members.service.ts";
import { readSettings } from "#server/modules/settings/settings.service.ts";
import type { Session, SignInInput, SignUpInput, WorkspaceSummary } from "#shared/contracts/auth.ts";
import { describeRoles, type Role } from "#shared/contracts/common.ts";
import * as repo from "./auth.repository.ts";
import { presentSession, presentWorkspace, type Membership } from "./auth.presenter.ts";
import { clearSignInFailures, ensureSignInAllowed, recordSignInFailure } from "./auth.throttle.ts";

export interface IssuedSession {
  token: string;
  expiresAt: string;
  session: Session;
}

// Verifying against a real hash when the e-mail is unknown keeps the answer
// time the same, so sign-in does not reveal who has an account.
let decoyHash: Promise<string> | null = null;
const decoy = () => (decoyHash ??= hashPassword("decoy password that matches nothing"));

/** The workspaces where a person is an active member, oldest membership first. */
export async function activeMemberships(db: Executor, userId: string): Promise<Membership[]> {
  const memberships = await activeMembershipsOf(db, userId);
  const workspaces = new Map((await repo.listWorkspacesByIds(db, memberships.map((m) => m.workspaceId))).map((w) => [w.id, w]));
  return memberships.flatMap((membership) => {
    const workspace = workspaces.get(membership.workspaceId);
    return workspace ? [{ ...membership, workspaceName: workspace.name, workspaceSlug: workspace.slug }] : [];
  });
}

/** For other modules: a workspace's name and address, as mail, previews and printed sheets show them. */
export async function findWorkspace(db: Executor, workspaceId: string): Promise<{ id: string; name: string; slug: string } | undefined> {
  return (await repo.listWorkspacesByIds(db, [workspaceId]))[0];
}

/** Adds a person to a workspace as a member with roles, audited as `actor` (or as themselves). */
export async function addMember(
  trx: Executor,
  input: { workspaceId: string; userId: string; userName: string; roles: Role[]; actor?: { memberId: string; name: string } },
): Promise<string> {
  const at = now();
  const memberId = newId();
  await insertMember(trx, {
    id: memberId,
    workspace_id: input.workspaceId,
    user_id: input.userId,
    roles: JSON.stringify(input.roles),
    status: "active",
    version: 1,
    created_at: at,
    updated_at: at,
  });
  const actor = input.actor ?? { memberId, name: input.userName };
  await writeAudit(trx, { ...actor, workspaceId: input.workspaceId }, {
    action: "create",
    recordType: "member",
    recordId: memberId,
    summary: `Member ${input.userName} joined as ${describeRoles(input.roles)}`,
    after: { userId: input.userId, name: input.userName, roles: input.roles, status: "active" },
  });
  return memberId;
}

/** Creates a workspace whose first member, an existing person, is its admin. */
export async function provisionWorkspace(
  trx: Executor,
  input: { name: string; slug: string; user: { id: string; name: string }; field?: string },
): Promise<{ workspaceId: string; memberId: string }> {
  if (await repo.findWorkspaceBySlug(trx, input.slug)) {
    throw conflict("slug_taken", `The address "${input.slug}" is taken. Choose another.`, input.field);
  }
  const workspaceId = newId();
  await repo.insertWorkspace(trx, { id: workspaceId, name: input.name, slug: input.slug, created_at: now() });
  const memberId = await addMember(trx, { workspaceId, userId: input.user.id, userName: input.user.name, roles: ["admin"] });
  await writeAudit(trx, { memberId, name: input.user.name, workspaceId }, {
    action: "create",
    recordType: "workspace",
    recordId: workspaceId,
    summary: `Workspace "${input.name}" created`,
    after: { name: input.name, slug: input.slug },
  });
  return { workspaceId, memberId };
}

export async function startSession(trx: Executor, env: Env, userId: string, workspaceId: string): Promise<IssuedSession> {
  const user = await repo.findUserById(trx, userId);
  if (!user) throw notFound("person");
  const memberships = await activeMemberships(trx, userId);
  const current = memberships.find((m) => m.workspaceId === workspaceId);
  if (!current) throw forbidden("You are not an active member of this workspace.");
  const token = newSecret("tss");
  const createdAt = now();
  const expiresAt = new Date(Date.parse(createdAt) + env.SESSION_DAYS * 86_400_000).toISOString();
  await repo.insertSession(trx, {
    id: hashSecret(token),
    user_id: userId,
    workspace_id: workspaceId,
    created_at: createdAt,
    expires_at: expiresAt,
    last_seen_at: createdAt,
    idle_expires_at: await idleExpiry(trx, workspaceId, createdAt),
  });
  return { token, expiresAt, session: presentSession({ user, current, memberships, csrfToken: csrfTokenFor(token) }) };
}

export async function signUp(db: Db, env: Env, input: SignUpInput): Promise<IssuedSession> {
  const passwordHash = await hashPassword(input.password);
  return db.transaction().execute(async (trx) => {
    if (await repo.findUserByEmail(trx, input.email)) {
      throw conflict(
        "email_taken",
        "This e-mail already has a Tandem sign-in. Sign in, then create the workspace from there.",
        "body.email",
      );
    }
    const userId = newId();
    await repo.insertUser(trx, { id: userId, email: input.email, name: input.name, password_hash: passwordHash, created_at: now() });
    const { workspaceId } = await provisionWorkspace(trx, {
      name: input.workspaceName,
      slug: input.workspaceSlug,
      user: { id: userId, name: input.name },
      field: "body.workspaceSlug",
    });
    return startSession(trx, env, userId, workspaceId);
  });
}

/** When a session started or used at `at` ends for being idle, by the workspace's setting. */
export async function idleExpiry(db: Executor, workspaceId: string, at: string): Promise<string> {
  const { sessionIdleMinutes } = await readSettings(db, workspaceId);
  return new Date(Date.parse(at) + sessionIdleMinutes * 60_000).toISOString();
}

/**
 * One answer for every sign-in that fails — unknown e-mail, wrong password,
 * or the right password of someone with no active membership there — so the
 * answer never tells which.
 */
const SIGN_IN_FAILED = "E-mail or password is wrong, or this account has no access to that workspace.";

export interface SignInRequest {
  address: string;
  /** The session the browser still holds, ended so that each sign-in gets a new session id. */
  previousSessionToken?: string | undefined;
}

export async function signIn(db: Db, env: Env, input: SignInInput, request: SignInRequest): Promise<IssuedSession> {
  const attempt = { email: input.email, address: request.address, at: now() };
  await ensureSignInAllowed(db, attempt, env.SIGN_IN_FAILURES_PER_ADDRESS);
  const user = await repo.findUserByEmail(db, input.email);
  const valid = await verifyPassword(user?.password_hash ?? (await decoy()), input.password);
  const memberships = user && valid ? await activeMemberships(db, user.id) : [];
  const chosen = input.workspaceSlug ? memberships.find((m) => m.workspaceSlug === input.workspaceSlug) : memberships[0];
  if (!user || !chosen) {
    await recordSignInFailure(db, attempt);
    throw unauthorized(SIGN_IN_FAILED);
  }
  await clearSignInFailures(db, input.email);
  await repo.deleteExpiredSessions(db, attempt.at);
  return db.transaction().execute(async (trx) => {
    if (request.previousSessionToken) await repo.deleteSession(trx, hashSecret(request.previousSessionToken));
    return startSession(trx, env, user.id, chosen.workspaceId);
  });
}

async function sessionOf(db: Executor, ctx: RequestContext, workspaceId: string): Promise<Session> {
  const user = await repo.findUserById(db, ctx.actor.userId);
  const memberships = await activeMemberships(db, ctx.actor.userId);
  const current = memberships.find((m) => m.workspaceId === workspaceId);
  if (!user || !current) throw unauthorized();
  const csrfToken = ctx.actor.sessionToken ? csrfTokenFor(ctx.actor.sessionToken) : "";
  return presentSession({ user, current, memberships, csrfToken });
}

export function describeSession(ctx: RequestContext): Promise<Session> {
  return sessionOf(ctx.db, ctx, ctx.workspaceId);
}

export async function signOut(ctx: RequestContext): Promise<void> {
  if (ctx.actor.sessionId) await repo.deleteSession(ctx.db, ctx.actor.sessionId);
}

/** Ends every session of the caller, in every workspace and browser; API tokens are managed on their own page. */
export async function signOutEverywhere(ctx: RequestContext): Promise<void> {
  await endSessionsOf(ctx.db, ctx.actor.userId);
}

/** Ends a person's sessions: everywhere, or only in one workspace (when a member is deactivated there). */
export async function endSessionsOf(db: Executor, userId: string, workspaceId?: string): Promise<void> {
  await repo.deleteSessionsOf(db, userId, workspaceId);
}

export async function switchWorkspace(ctx: RequestContext, workspaceId: string): Promise<Session> {
  const sessionId = ctx.actor.sessionId;
  if (!sessionId) throw new AppError(400, "not_a_session", "API tokens belong to one workspace; sign in to switch.");
  const memberships = await activeMemberships(ctx.db, ctx.actor.userId);
  if (!memberships.some((m: Membership) => m.workspaceId === workspaceId)) throw notFound("workspace");
  await repo.moveSession(ctx.db, sessionId, workspaceId);
  return sessionOf(ctx.db, ctx, workspaceId);
}

export async function createWorkspace(ctx: RequestContext, input: { name: string; slug: string }): Promise<WorkspaceSummary> {
  return ctx.db.transaction().execute(async (trx) => {
    const { workspaceId, memberId } = await provisionWorkspace(trx, {
      name: input.name,
      slug: input.slug,
      user: { id: ctx.actor.userId, name: ctx.actor.name },
      field: "body.slug",
    });
    return presentWorkspace({ memberId, roles: JSON.stringify(["admin"]), workspaceId, workspaceName: input.name, workspaceSlug: input.slug });
  });
}

/** For other modules: the person with this e-mail, if any (an invitation to someone who already signs in). */
export const findUserByEmail = repo.findUserByEmail;

/** For other modules: a new person (accepting an invitation), inside the caller's transaction. */
export const insertUser = repo.insertUser;
