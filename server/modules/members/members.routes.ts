import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import { MemberListQuerySchema, MemberPageSchema, MemberSchema, UpdateMemberSchema } from "#shared/contracts/members.ts";
import * as members from "./members.service.ts";

const tags = ["members"];

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/members",
    {
      config: { access: "member" },
      schema: { operationId: "listMembers", tags, summary: "List the workspace's members", querystring: MemberListQuerySchema, response: { 200: MemberPageSchema } },
    },
    async (request) => members.listMembers(contextOf(request), request.query),
  );

  app.get(
    "/v1/members/:id",
    { config: { access: "member" }, schema: { operationId: "getMember", tags, summary: "One member", params: IdParamsSchema, response: { 200: MemberSchema } } },
    async (request) => members.getMember(contextOf(request), request.params.id),
  );

  app.patch(
    "/v1/members/:id",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "updateMember",
        tags,
        summary: "Change a member's roles, deactivate or reactivate them",
        params: IdParamsSchema,
        body: UpdateMemberSchema,
        response: { 200: MemberSchema },
      },
    },
    async (request) => members.updateMember(contextOf(request), request.params.id, request.body),
  );
};
