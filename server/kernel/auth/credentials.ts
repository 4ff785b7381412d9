import type { FastifyRequest } from "fastify";
import { RoleSchema } from "#shared/contracts/common.ts";
import type { Actor } from "../access.ts";
import type { Db } from "../db/database.ts";
import { forbidden, unauthorized } from "../errors.ts";
import { csrfTokenFor, hashSecret } from "./secrets.ts";
import { findActorBySession, findActorByToken, touchSession, touchToken } from "./credentials.repository.ts";

export const SESSION_COOKIE = "tandem_session";
export const CSRF_HEADER = "x-csrf-token";
/** Writing last-used on every call would turn each read into a write. */
const TOUCH_INTERVAL_MS = 60_000;

/** When a session used now stops working for being idle (the workspace's setting decides). */
export type IdleExpiry = (db: Db, workspaceId: string, at: string) => Promise<string>;

export function parseRoles(json: string) {
  return RoleSchema.array().parse(JSON.parse(json));
}

/**
 * The caller behind a request: a bearer API token, or else the session cookie.
 * A bearer token that does not work is an error, never a fall-back to the
 * cookie; a cookie-authenticated write must carry the session's CSRF token.
 */
export async function resolveCredentials(db: Db, request: FastifyRequest, idleExpiry: IdleExpiry): Promise<Actor | null> {
  const at = new Date().toISOString();
  const authorization = request.headers.authorization;
  if (authorization !== undefined) {
    const match = /^Bearer\s+(\S+)$/i.exec(authorization);
    if (!match?.[1]) throw unauthorized("Send the API token as 'Authorization: Bearer <token>'.");
    const row = await findActorByToken(db, hashSecret(match[1]), at);
    if (!row) throw unauthorized("This API token is unknown, revoked or expired.");
    if (!row.lastUsedAt || Date.parse(at) - Date.parse(row.lastUsedAt) > TOUCH_INTERVAL_MS) {
      await touchToken(db, row.tokenId, at);
    }
    return { ...row, roles: parseRoles(row.roles), via: "token" };
  }

  const sessionToken = request.cookies[SESSION_COOKIE];
  if (!sessionToken) return null;
  const sessionId = hashSecret(sessionToken);
  const row = await findActorBySession(db, sessionId, at);
  if (!row) return null;
  if (!["GET", "HEAD", "OPTIONS"].includes(request.method)) {
    const sent = request.headers[CSRF_HEADER];
    if (sent !== csrfTokenFor(sessionToken)) {
      throw forbidden("This write needs the X-CSRF-Token header of your session.");
    }
  }
  if (Date.parse(at) - Date.parse(row.lastSeenAt) > TOUCH_INTERVAL_MS) {
    await touchSession(db, sessionId, at, await idleExpiry(db, row.workspaceId, at));
  }
  const { lastSeenAt: _lastSeenAt, ...actor } = row;
  return { ...actor, roles: parseRoles(row.roles), via: "session", sessionToken, sessionId };
}
