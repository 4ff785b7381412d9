import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  CompletePasswordResetSchema,
  PasswordResetPreviewSchema,
  PasswordResetRequestedSchema,
  PasswordResetRequestSchema,
  PasswordResetTokenParamsSchema,
} from "#shared/contracts/auth.ts";
import * as reset from "./auth.password-reset.ts";

const tags = ["session"];
const GONE_LINK = { 410: "The link has been used or has expired (`code` says which)." };

const emailOf = (body: unknown) => String((body as { email?: unknown } | undefined)?.email ?? "").toLowerCase();

export const passwordResetRoutes: FastifyPluginAsyncZod = async (app) => {
  const { env, db } = app.tandem;
  const hourly = (max: number, key: (request: { ip: string; body: unknown }) => string) => ({
    max,
    timeWindow: "1 hour",
    keyGenerator: key,
  });

  app.post(
    "/v1/password-reset",
    {
      config: { access: { public: true } },
      schema: {
        operationId: "requestPasswordReset",
        tags,
        summary: "Forgot password: e-mail a one-time link to set a new one",
        description:
          "Answers 202 with the same text whether or not an account has the e-mail. The link works for an hour, once; asking again retires the earlier link. " +
          "Limited per client address (PASSWORD_RESET_RATE_LIMIT an hour) and, tighter, per e-mail, so no one's inbox is flooded.",
        body: PasswordResetRequestSchema,
        response: { 202: PasswordResetRequestedSchema },
      },
      preHandler: [
        app.rateLimit(hourly(env.PASSWORD_RESET_RATE_LIMIT, (request) => `reset:${request.ip}`)),
        app.rateLimit(hourly(Math.max(1, Math.floor(env.PASSWORD_RESET_RATE_LIMIT / 2)), (request) => `reset-email:${emailOf(request.body)}`)),
      ],
    },
    async (request, reply) => {
      await reset.requestPasswordReset(db, env, request.body.email, request.log);
      return reply.status(202).send({ detail: reset.RESET_REQUESTED });
    },
  );

  app.get(
    "/v1/password-reset/:token",
    {
      config: { access: { public: true }, problems: GONE_LINK },
      schema: {
        operationId: "previewPasswordReset",
        tags,
        summary: "What a password-reset link is for",
        description: "404 for an unknown link, 410 `reset_link_used` or `reset_link_expired`.",
        params: PasswordResetTokenParamsSchema,
        response: { 200: PasswordResetPreviewSchema },
      },
    },
    async (request) => reset.previewPasswordReset(db, request.params.token),
  );

  app.post(
    "/v1/password-reset/:token",
    {
      config: {
        access: { public: true },
        problems: GONE_LINK,
        rateLimit: { max: env.SIGN_IN_RATE_LIMIT, timeWindow: "1 minute", keyGenerator: (request) => `reset-use:${request.ip}` },
      },
      schema: {
        operationId: "completePasswordReset",
        tags,
        summary: "Set a new password with a reset link",
        description: "Sets the password and ends every session of the person; API tokens stay. No session starts: sign in with the new password.",
        params: PasswordResetTokenParamsSchema,
        body: CompletePasswordResetSchema,
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await reset.completePasswordReset(db, request.params.token, request.body);
      return reply.status(204).send(null);
    },
  );
};
