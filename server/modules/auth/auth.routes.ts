import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
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
      schema: { tags, summary: "Create a workspace and its first member, its admin", body: SignUpSchema, response: { 201: SessionSchema } },
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
      schema: { tags, summary: "Sign in with e-mail and password", body: SignInSchema, response: { 200: SessionSchema } },
    },
    async (request, reply) => {
      const issued = await auth.signIn(app.tandem.db, env, request.body);
      setSessionCookie(request, reply, issued.token, issued.expiresAt);
      return issued.session;
    },
  );

  app.get(
    "/v1/session",
    { config: { access: "member" }, schema: { tags, summary: "Who is signed in, where, and the CSRF token for writes", response: { 200: SessionSchema } } },
    async (request) => auth.describeSession(contextOf(request)),
  );

  app.delete(
    "/v1/session",
    { config: { access: "member" }, schema: { tags, summary: "Sign out", response: { 204: z.null() } } },
    async (request, reply) => {
      await auth.signOut(contextOf(request));
      clearSessionCookie(reply);
      return reply.status(204).send(null);
    },
  );

  app.put(
    "/v1/session/workspace",
    {
      config: { access: "member" },
      schema: { tags, summary: "Switch to another of your workspaces", body: SwitchWorkspaceSchema, response: { 200: SessionSchema } },
    },
    async (request) => auth.switchWorkspace(contextOf(request), request.body.workspaceId),
  );

  app.post(
    "/v1/workspaces",
    {
      config: { access: "member" },
      schema: { tags: ["workspaces"], summary: "Create another workspace; you become its admin", body: CreateWorkspaceSchema, response: { 201: WorkspaceSummarySchema } },
    },
    async (request, reply) => reply.status(201).send(await auth.createWorkspace(contextOf(request), request.body)),
  );
};
