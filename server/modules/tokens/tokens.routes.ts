import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import { ApiTokenListQuerySchema, ApiTokenPageSchema, CreateApiTokenSchema, CreatedApiTokenSchema } from "#shared/contracts/tokens.ts";
import * as tokens from "./tokens.service.ts";

const tags = ["tokens"];

export const tokenRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/tokens",
    {
      config: { access: "member" },
      schema: { operationId: "listApiTokens", tags, summary: "Your personal API tokens", querystring: ApiTokenListQuerySchema, response: { 200: ApiTokenPageSchema } },
    },
    async (request) => tokens.listTokens(contextOf(request), request.query),
  );

  app.post(
    "/v1/tokens",
    {
      config: { access: "member" },
      schema: {
        operationId: "createApiToken",
        tags,
        summary: "Create a personal API token; the secret is in this answer only",
        body: CreateApiTokenSchema,
        response: { 201: CreatedApiTokenSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await tokens.createToken(contextOf(request), request.body)),
  );

  app.delete(
    "/v1/tokens/:id",
    {
      config: { access: "member" },
      schema: { operationId: "revokeApiToken", tags, summary: "Revoke a token (yours, or anyone's if you are an admin)", params: IdParamsSchema, response: { 204: z.null() } },
    },
    async (request, reply) => {
      await tokens.revokeToken(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
