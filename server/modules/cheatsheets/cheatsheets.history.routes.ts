import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { workLimit } from "#server/kernel/work-limit.ts";
import { AcknowledgeResultSchema, DiffQuerySchema, MemberAcknowledgementPageSchema, MemberAcknowledgementsQuerySchema, PdfQuerySchema, SheetAcknowledgementsSchema, VersionDiffSchema, VersionListSchema, VersionParamsSchema, VersionSchemaFull } from "#shared/contracts/cheatsheets.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import { CHEATSHEET_MANAGERS } from "#shared/policies/roles.ts";
import { sheetPdf } from "./cheatsheets.print.ts";
import * as receipts from "./cheatsheets.receipts.ts";
import { tags } from "./cheatsheets.routes.ts";
import * as versions from "./cheatsheets.versions.ts";

export const cheatSheetHistoryRoutes: FastifyPluginAsyncZod = async (app) => {
  const pdfLimit = workLimit("PDFs", app.tandem.env.PDF_RATE_LIMIT);

  app.get(
    "/v1/cheatsheets/:id/versions",
    {
      config: { access: "member" },
      schema: { operationId: "listCheatSheetVersions", tags, summary: "Every published version of a sheet, newest first", params: IdParamsSchema, response: { 200: VersionListSchema } },
    },
    async (request) => versions.listVersions(contextOf(request), request.params.id),
  );

  app.get(
    "/v1/cheatsheets/:id/versions/:number",
    {
      config: { access: "member" },
      schema: { operationId: "getCheatSheetVersion", tags, summary: "One published version, as it was", params: VersionParamsSchema, response: { 200: VersionSchemaFull } },
    },
    async (request) => versions.getVersion(contextOf(request), request.params.id, request.params.number),
  );

  app.get(
    "/v1/cheatsheets/:id/diff",
    {
      config: { access: "member" },
      schema: {
        operationId: "diffCheatSheetVersions",
        tags,
        summary: "Word-level differences between two versions",
        description: "`to` may be `draft` (writers): the working copy against a published version.",
        params: IdParamsSchema,
        querystring: DiffQuerySchema,
        response: { 200: VersionDiffSchema },
      },
    },
    async (request) => versions.diffVersions(contextOf(request), request.params.id, request.query),
  );

  app.post(
    "/v1/cheatsheets/:id/acknowledgements",
    {
      config: { access: "member" },
      schema: {
        operationId: "acknowledgeCheatSheet",
        tags,
        summary: "\"I've read this\": acknowledge the current version",
        description: "Acknowledging the same version again changes nothing; a new version asks again.",
        params: IdParamsSchema,
        response: { 201: AcknowledgeResultSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await receipts.acknowledgeSheet(contextOf(request), request.params.id)),
  );

  app.get(
    "/v1/cheatsheets/:id/acknowledgements",
    {
      config: { access: CHEATSHEET_MANAGERS },
      schema: {
        operationId: "listSheetAcknowledgements",
        tags,
        summary: "Who acknowledged and read which version of a sheet",
        description: "One row per active rep of the workspace.",
        params: IdParamsSchema,
        response: { 200: SheetAcknowledgementsSchema },
      },
    },
    async (request) => receipts.sheetAcknowledgements(contextOf(request), request.params.id),
  );

  app.get(
    "/v1/cheatsheets/acknowledgements",
    {
      config: { access: "member" },
      schema: {
        operationId: "listMemberAcknowledgements",
        tags,
        summary: "One member's acknowledgements across the published sheets",
        description: "Without `memberId`, the caller's own. Managers (pmo, pm, sales_manager, admin) may ask for anyone's.",
        querystring: MemberAcknowledgementsQuerySchema,
        response: { 200: MemberAcknowledgementPageSchema },
      },
    },
    async (request) => receipts.memberAcknowledgements(contextOf(request), request.query),
  );

  app.get(
    "/v1/cheatsheets/:id/pdf",
    {
      config: {
        access: "member",
        produces: { mediaType: "application/pdf", description: "The one-page PDF." },
      },
      schema: {
        operationId: "getCheatSheetPdf",
        tags,
        summary: "The sheet as a one-page PDF",
        description:
          "A4 or Letter. Readers print the published version; writers may print the working copy (`copy=draft`). Limited to `PDF_RATE_LIMIT` PDFs a minute per member, counting only PDFs made (429 `rate_limited` with Retry-After beyond).",
        params: IdParamsSchema,
        querystring: PdfQuerySchema,
      },
    },
    async (request, reply) => {
      const { filename, pdf } = await sheetPdf(contextOf(request), request.params.id, request.query, pdfLimit);
      return reply
        .header("content-type", "application/pdf")
        .header("content-disposition", `inline; filename="${filename}"`)
        .send(pdf);
    },
  );
};
