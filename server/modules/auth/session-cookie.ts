import type { FastifyReply, FastifyRequest } from "fastify";
import { SESSION_COOKIE } from "#server/kernel/auth/credentials.ts";

/** httpOnly so scripts never see it; Lax so cross-site posts do not carry it; Secure over TLS. */
export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string, expiresAt: string): void {
  void reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure: request.protocol === "https",
    expires: new Date(expiresAt),
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  void reply.clearCookie(SESSION_COOKIE, { path: "/" });
}
