import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { ReadinessExportQuerySchema, ReadinessMatrixSchema, ReadinessQuerySchema } from "#shared/contracts/readiness.ts";
import { readinessCsv } from "./readiness.csv.ts";
import { readinessMatrix, readinessTable } from "./readiness.service.ts";

const tags = ["readiness"];

export const readinessRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/readiness",
    {
      config: { access: "member" },
      schema: {
        operationId: "getReadinessMatrix",
        tags,
        summary: "Who is ready to sell what: members × services",
        description:
          "Each cell: the certification state (`certified`, `expiring`, `expired`, `missing`, or `not_required` for a service that needs none), its expiry, and the service's published cheat sheets the member acknowledged. " +
          "Sales managers, PMO leads and admins see the team (reps and sales engineers unless `role` says otherwise); everyone else their own row. " +
          "With `member` and `service`, `check` answers whether that member may sell that service.",
        querystring: ReadinessQuerySchema,
        response: { 200: ReadinessMatrixSchema },
      },
    },
    async (request) => readinessMatrix(contextOf(request), request.query),
  );

  app.get(
    "/v1/readiness/export",
    {
      config: { access: "member", produces: { mediaType: "text/csv", description: "The matrix as CSV (UTF-8 with BOM), the same rows the caller sees." } },
      schema: {
        operationId: "exportReadiness",
        tags,
        summary: "The readiness matrix as CSV",
        description: "The same filters and visibility as the matrix, every page. Cells that start with =, +, -, @, tab or CR are prefixed with an apostrophe against formula injection.",
        querystring: ReadinessExportQuerySchema,
      },
    },
    async (request, reply) =>
      reply
        .header("content-type", "text/csv; charset=utf-8")
        .header("content-disposition", 'attachment; filename="readiness.csv"')
        .send(readinessCsv(await readinessTable(contextOf(request), request.query))),
  );
};
