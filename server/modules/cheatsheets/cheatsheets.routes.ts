import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";
import { CheatSheetListQuerySchema, CheatSheetPageSchema, CheatSheetSchema, CheatSheetStatsSchema, CreateCheatSheetSchema, UpdateCheatSheetSchema } from "#shared/contracts/cheatsheets.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import { CHEATSHEET_WRITERS } from "#shared/policies/roles.ts";
import { sheetStats } from "./cheatsheets.receipts.ts";
import * as sheets from "./cheatsheets.service.ts";

export const tags = ["cheat sheets"];

export const cheatSheetRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/cheatsheets",
    {
      config: { access: "member" },
      schema: {
        operationId: "listCheatSheets",
        tags,
        summary: "List cheat sheets",
        description:
          "Readers get the published sheets as published; writers (pm, pmo) get every sheet's working copy. Each row tells the caller whether the sheet is new or changed since they last read it (`readState`) and whether they acknowledged its current version. Filter by `q` (title contains), status, tag, service, glossary term, owner and `stale`.",
        querystring: CheatSheetListQuerySchema,
        response: { 200: CheatSheetPageSchema },
      },
    },
    async (request) => sheets.listSheets(contextOf(request), request.query),
  );

  app.get(
    "/v1/cheatsheets/stats",
    {
      config: { access: "member" },
      schema: {
        operationId: "getCheatSheetStats",
        tags,
        summary: "The trust score and counts of the workspace's cheat sheets",
        description: "`trustScore` is the share of published sheets that are verified (not stale); `unacknowledged` counts the published sheets the caller has not acknowledged in their current version.",
        response: { 200: CheatSheetStatsSchema },
      },
    },
    async (request) => sheetStats(contextOf(request)),
  );

  app.post(
    "/v1/cheatsheets",
    {
      config: { access: CHEATSHEET_WRITERS },
      schema: {
        operationId: "createCheatSheet",
        tags,
        summary: "Start a cheat sheet (a draft)",
        description: "Without a body the sheet starts from the template of the five sections. The owner defaults to the caller.",
        body: CreateCheatSheetSchema,
        response: { 201: CheatSheetSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await sheets.createSheet(contextOf(request), request.body)),
  );

  app.get(
    "/v1/cheatsheets/:id",
    {
      config: { access: "member" },
      schema: {
        operationId: "getCheatSheet",
        tags,
        summary: "Read a cheat sheet",
        description:
          "Readers see published sheets only (others are 404); writers also get the working copy (`draft`) and the review timeline. Reading records a read receipt for the current version.",
        params: IdParamsSchema,
        response: { 200: CheatSheetSchema },
      },
    },
    async (request) => sheets.getSheet(contextOf(request), request.params.id),
  );

  app.patch(
    "/v1/cheatsheets/:id",
    {
      config: { access: CHEATSHEET_WRITERS },
      schema: {
        operationId: "updateCheatSheet",
        tags,
        summary: "Edit a cheat sheet's working copy",
        description:
          "Send only the fields to change, with the `version` you read; a stale version is a 409. Editing a published sheet starts the draft of its next version (readers keep seeing the published one); editing a sheet in review takes it back to draft.",
        params: IdParamsSchema,
        body: UpdateCheatSheetSchema,
        response: { 200: CheatSheetSchema },
      },
    },
    async (request) => sheets.updateSheet(contextOf(request), request.params.id, request.body),
  );

  app.delete(
    "/v1/cheatsheets/:id",
    {
      config: { access: CHEATSHEET_WRITERS },
      schema: {
        operationId: "deleteCheatSheet",
        tags,
        summary: "Delete a cheat sheet that was never published",
        description: "Its author, its owner or a PMO lead may delete it. Published sheets are archived instead (409).",
        params: IdParamsSchema,
        response: { 204: z.null().describe("Deleted.") },
      },
    },
    async (request, reply) => {
      await sheets.deleteSheet(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
