import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { SESSION_COOKIE } from "#server/kernel/auth/credentials.ts";
import { contextOf } from "#server/kernel/context.ts";
import {
  CreateWorkspaceSchema,
  SessionSchema,
  SignInSchema,
  SignUpSchema,
  SwitchWorkspaceSchema,
  WorkspaceSummarySchema,
} from "#shared/contracts/auth.ts";
import * as auth from "./auth.service.ts";
import { clearSessionCookie, setSessionCookie } from "./session-cookie.ts";

const tags = ["session"];

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { env } = app.tandem;
  const attemptLimit = (keyOf: (body: { email?: string }) => string) => ({
    max: env.SIGN_IN_RATE_LIMIT,
    timeWindow: "1 minute",
    hook: "preHandler" as const,
    keyGenerator: (request: { ip: string; body: unknown }) => `${request.ip}:${keyOf((request.body ?? {}) as { email?: string })}`,
  });

  app.post(
    "/v1/signup",
    {
      config: { access: { public: true }, rateLimit: attemptLimit(() => "signup") },
      schema: { operationId: "signUp", tags, summary: "Create a workspace and its first member, its admin", body: SignUpSchema, response: { 201: SessionSchema } },
    },
    async (request, reply) => {
      const issued = await auth.signUp(app.tandem.db, env, request.body);
      setSessionCookie(request, reply, issued.token, issued.expiresAt);
      return reply.status(201).send(issued.session);
    },
  );

  app.post(
    "/v1/session",
    {
      config: { access: { public: true }, rateLimit: attemptLimit((body) => body.email ?? "") },
      schema: {
        operationId: "signIn",
        tags,
        summary: "Sign in with e-mail and password",
        description:
          "Every failure answers the same 401, whether the e-mail is unknown, the password wrong or the account has no active membership there. " +
          "Failed sign-ins are limited per client address across e-mails (SIGN_IN_FAILURES_PER_ADDRESS in 15 minutes: 429 `sign_in_limited`), " +
          "and after five failures an account backs off (429 `sign_in_delayed` with Retry-After: doubling, up to 15 minutes from the address that failed, 30 seconds from any other). " +
          "A password reset lifts the back-off. Each sign-in starts a new session and ends the one the browser held.",
        body: SignInSchema,
        response: { 200: SessionSchema },
      },
    },
    async (request, reply) => {
      const issued = await auth.signIn(app.tandem.db, env, request.body, {
        address: request.ip,
        previousSessionToken: request.cookies[SESSION_COOKIE],
      });
      setSessionCookie(request, reply, issued.token, issued.expiresAt);
      return issued.session;
    },
  );

  app.get(
    "/v1/session",
    { config: { access: "member" }, schema: { operationId: "getSession", tags, summary: "Who is signed in, where, and the CSRF token for writes", response: { 200: SessionSchema } } },
    async (request) => auth.describeSession(contextOf(request)),
  );

  app.delete(
    "/v1/session",
    { config: { access: "member" }, schema: { operationId: "signOut", tags, summary: "Sign out", response: { 204: z.null() } } },
    async (request, reply) => {
      await auth.signOut(contextOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.delete(
    "/v1/sessions",
    {
      config: { access: "member" },
      schema: {
        operationId: "signOutEverywhere",
        tags,
        summary: "Sign out everywhere",
        description: "Ends every session of the signed-in person, in every browser and workspace, this one included. API tokens keep working; revoke them on their own.",
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await auth.signOutEverywhere(contextOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/v1/session/workspace",
    {
      config: { access: "member" },
      schema: { operationId: "switchWorkspace", tags, summary: "Switch to another of your workspaces", body: SwitchWorkspaceSchema, response: { 200: SessionSchema } },
    },
    async (request) => auth.switchWorkspace(contextOf(request), request.body.workspaceId),
  );

  app.post(
    "/v1/workspaces",
    {
      config: { access: "member" },
      schema: { operationId: "createWorkspace", tags: ["workspaces"], summary: "Create another workspace; you become its admin", body: CreateWorkspaceSchema, response: { 201: WorkspaceSummarySchema } },
    },
    async (request, reply) => reply.status(201).send(await auth.createWorkspace(contextOf(request), request.body)),
  );
};
