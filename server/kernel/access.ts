import type { FastifyInstance, FastifyRequest } from "fastify";
import { hasAnyRole } from "#shared/policies/policy.ts";
import type { Role } from "#shared/contracts/common.ts";
import { forbidden, unauthorized } from "./errors.ts";
import { resolveCredentials, type IdleExpiry } from "./auth/credentials.ts";
import type { Db } from "./db/database.ts";

/**
 * Who may call a route, declared once in the route's config:
 * `{ public: true }` for the few open routes, `"member"` for any signed-in
 * member of the workspace, or the list of roles.
 */
export type Access = { public: true } | "member" | readonly Role[];

export interface Actor {
  userId: string;
  memberId: string;
  name: string;
  email: string;
  roles: Role[];
  workspaceId: string;
  via: "session" | "token";
  /** The raw session token, kept only for the request (to derive the CSRF token). */
  sessionToken?: string;
  sessionId?: string;
}

export interface RouteAccess {
  method: string;
  url: string;
  access: Access;
}

declare module "fastify" {
  interface FastifyContextConfig {
    access?: Access;
  }
  interface FastifyRequest {
    actor: Actor | null;
  }
  interface FastifyInstance {
    /** Every /api/v1 route with the access it declares (for the reference and the route-walking test). */
    apiRoutes: RouteAccess[];
  }
}

export function describeAccess(access: Access): string {
  if (access === "member") return "Any member of the workspace.";
  if ("public" in access) return "Public: no sign-in needed.";
  return `Roles: ${access.join(", ")}.`;
}

/**
 * Every /api route must declare its access; the check runs before the body is
 * validated, so an anonymous caller learns nothing about a route's input.
 */
export function registerAccessControl(app: FastifyInstance, db: Db, idleExpiry: IdleExpiry): void {
  app.decorateRequest("actor", null);
  const apiRoutes: RouteAccess[] = [];
  app.decorate("apiRoutes", apiRoutes);

  app.addHook("onRoute", (route) => {
    if (!route.url.startsWith("/api/v1")) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access.`);
    for (const method of [route.method].flat()) {
      if (method !== "HEAD") apiRoutes.push({ method, url: route.url, access });
    }
  });

  app.addHook("onRequest", async (request) => {
    const access = request.routeOptions.config?.access;
    if (!access) return;
    // Public routes (sign-in, sign-up, …) never act on an existing session.
    if (typeof access === "object" && "public" in access) return;
    request.actor = await resolveCredentials(db, request, idleExpiry);
    const actor = requireActor(request);
    if (access !== "member" && !hasAnyRole(actor, access)) throw forbidden();
  });
}

export function requireActor(request: FastifyRequest): Actor {
  const actor = request.actor;
  if (!actor) throw unauthorized();
  return actor;
}
