import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";

import { IdParamsSchema } from "#shared/contracts/common.ts";
import {
  CreateGlossaryTermSchema,
  GlossaryListQuerySchema,
  GlossaryPageSchema,
  GlossaryTermDetailSchema,
  GlossaryTermSchema,
  UpdateGlossaryTermSchema,
} from "#shared/contracts/glossary.ts";
import { CHEATSHEET_WRITERS } from "#shared/policies/roles.ts";
import * as glossary from "./glossary.service.ts";

const tags = ["glossary"];

export const glossaryRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/glossary",
    {
      config: { access: "member" },
      schema: {
        operationId: "listGlossaryTerms",
        tags,
        summary: "List the glossary",
        description: "`q` finds terms and synonyms that contain it (case-insensitive); pages by cursor.",
        querystring: GlossaryListQuerySchema,
        response: { 200: GlossaryPageSchema },
      },
    },
    async (request) => glossary.listTerms(contextOf(request), request.query),
  );

  app.get(
    "/v1/glossary/:id",
    {
      config: { access: "member" },
      schema: {
        operationId: "getGlossaryTerm",
        tags,
        summary: "Read a glossary term with the cheat sheets that link it",
        description: "Readers see the published sheets; writers (pm, pmo) see every sheet's working copy.",
        params: IdParamsSchema,
        response: { 200: GlossaryTermDetailSchema },
      },
    },
    async (request) => glossary.getTerm(contextOf(request), request.params.id),
  );

  app.post(
    "/v1/glossary",
    {
      config: { access: CHEATSHEET_WRITERS },
      schema: { operationId: "createGlossaryTerm", tags, summary: "Add a term to the glossary", body: CreateGlossaryTermSchema, response: { 201: GlossaryTermSchema } },
    },
    async (request, reply) => reply.status(201).send(await glossary.createTerm(contextOf(request), request.body)),
  );

  app.patch(
    "/v1/glossary/:id",
    {
      config: { access: CHEATSHEET_WRITERS },
      schema: {
        operationId: "updateGlossaryTerm",
        tags,
        summary: "Change a glossary term",
        description: "Send only the fields to change, with the `version` you read; a stale version is a 409.",
        params: IdParamsSchema,
        body: UpdateGlossaryTermSchema,
        response: { 200: GlossaryTermSchema },
      },
    },
    async (request) => glossary.updateTerm(contextOf(request), request.params.id, request.body),
  );

  app.delete(
    "/v1/glossary/:id",
    {
      config: { access: CHEATSHEET_WRITERS },
      schema: {
        operationId: "deleteGlossaryTerm",
        tags,
        summary: "Delete a glossary term",
        description: "Sheets stop linking it; published versions keep their history.",
        params: IdParamsSchema,
        response: { 204: z.null().describe("Deleted.") },
      },
    },
    async (request, reply) => {
      await glossary.deleteTerm(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
