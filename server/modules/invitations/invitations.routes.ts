import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";
import { setSessionCookie } from "#server/modules/auth/session-cookie.ts";
import { SessionSchema } from "#shared/contracts/auth.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import {
  AcceptInvitationSchema,
  CreateInvitationSchema,
  CreatedInvitationSchema,
  InvitationListQuerySchema,
  InvitationPageSchema,
  InvitationPreviewSchema,
  TokenParamsSchema,
} from "#shared/contracts/invitations.ts";
import * as invitations from "./invitations.service.ts";

const tags = ["invitations"];
const GONE_LINK = { 410: "The invitation has been used or has expired (`code` says which)." };

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { env, db } = app.tandem;

  app.get(
    "/v1/invitations",
    {
      config: { access: ["admin"] },
      schema: { operationId: "listInvitations", tags, summary: "List invitations, newest first", querystring: InvitationListQuerySchema, response: { 200: InvitationPageSchema } },
    },
    async (request) => invitations.listInvitations(contextOf(request), request.query),
  );

  app.post(
    "/v1/invitations",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "createInvitation",
        tags,
        summary: "Invite a person with roles; the one-time link is in the answer and nowhere else",
        body: CreateInvitationSchema,
        response: { 201: CreatedInvitationSchema },
      },
    },
    async (request, reply) => {
      const baseUrl = env.PUBLIC_URL?.replace(/\/$/, "") ?? `${request.protocol}://${request.host}`;
      return reply.status(201).send(await invitations.createInvitation(contextOf(request), env, baseUrl, request.body, request.log));
    },
  );

  app.delete(
    "/v1/invitations/:id",
    { config: { access: ["admin"] }, schema: { operationId: "revokeInvitation", tags, summary: "Revoke a pending invitation", params: IdParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await invitations.revokeInvitation(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/v1/invitations/accept/:token",
    {
      config: { access: { public: true }, problems: GONE_LINK },
      schema: { operationId: "previewInvitation", tags, summary: "What an invitation link offers", params: TokenParamsSchema, response: { 200: InvitationPreviewSchema } },
    },
    async (request) => invitations.previewInvitation(db, request.params.token),
  );

  app.post(
    "/v1/invitations/accept/:token",
    {
      config: {
        access: { public: true },
        problems: GONE_LINK,
        rateLimit: { max: env.SIGN_IN_RATE_LIMIT, timeWindow: "1 minute", keyGenerator: (request) => `accept:${request.ip}` },
      },
      schema: {
        operationId: "acceptInvitation",
        tags,
        summary: "Accept an invitation: join the workspace and sign in",
        params: TokenParamsSchema,
        body: AcceptInvitationSchema,
        response: { 200: SessionSchema },
      },
    },
    async (request, reply) => {
      const issued = await invitations.acceptInvitation(db, env, request.params.token, request.body);
      setSessionCookie(request, reply, issued.token, issued.expiresAt);
      return issued.session;
    },
  );
};
