import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { contextOf } from "#server/kernel/context.ts";
import { AuditEntrySchema, AuditListQuerySchema, AuditPageSchema } from "#shared/contracts/audit.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import * as audit from "./audit.service.ts";

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/audit",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "listAuditEntries",
        tags: ["audit"],
        summary: "Browse the audit log, newest first",
        description: "Filter by the member who acted, record type or id, action, and a range of UTC days (`from`, `to`, inclusive).",
        querystring: AuditListQuerySchema,
        response: { 200: AuditPageSchema },
      },
    },
    async (request) => audit.listAuditEntries(contextOf(request), request.query),
  );

  app.get(
    "/v1/audit/:id",
    {
      config: { access: ["admin"] },
      schema: {
        operationId: "getAuditEntry",
        tags: ["audit"],
        summary: "Read one audit entry, with the record before and after",
        params: IdParamsSchema,
        response: { 200: AuditEntrySchema },
      },
    },
    async (request) => audit.getAuditEntry(contextOf(request), request.params.id),
  );
};
