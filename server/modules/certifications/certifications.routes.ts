import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";
import { workLimit } from "#server/kernel/work-limit.ts";
import { CertificationListQuerySchema, CertificationPageSchema, CertificationSchema, PutRequirementSchema, RequirementSchema } from "#shared/contracts/certifications.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import { CATALOG_EDITORS } from "#shared/policies/roles.ts";
import { certificatePdf } from "./certifications.pdf.ts";
import * as certifications from "./certifications.service.ts";

const tags = ["certifications"];

export const certificationRoutes: FastifyPluginAsyncZod = async (app) => {
  const pdfLimit = workLimit("PDFs", app.tandem.env.PDF_RATE_LIMIT);

  app.get(
    "/v1/services/:id/certification-requirement",
    {
      config: { access: "member" },
      schema: {
        operationId: "getCertificationRequirement",
        tags,
        summary: "What selling a service needs",
        description: "404 when the service needs no certification. Passing the service's quiz earns it, with a linked session attended in the last `attendanceMonths` if set.",
        params: IdParamsSchema,
        response: { 200: RequirementSchema },
      },
    },
    async (request) => certifications.getRequirement(contextOf(request), request.params.id),
  );

  app.put(
    "/v1/services/:id/certification-requirement",
    {
      config: { access: CATALOG_EDITORS },
      schema: {
        operationId: "putCertificationRequirement",
        tags,
        summary: "Require a certification to sell a service, or change how it is earned",
        description: "Without `version` it creates the requirement (201); with the version read it changes it (200). Certifications already earned keep their expiry.",
        params: IdParamsSchema,
        body: PutRequirementSchema,
        response: { 200: RequirementSchema, 201: RequirementSchema },
      },
    },
    async (request, reply) => {
      const { requirement, created } = await certifications.putRequirement(contextOf(request), request.params.id, request.body);
      return reply.status(created ? 201 : 200).send(requirement);
    },
  );

  app.delete(
    "/v1/services/:id/certification-requirement",
    {
      config: { access: CATALOG_EDITORS },
      schema: {
        operationId: "deleteCertificationRequirement",
        tags,
        summary: "Stop requiring a certification for a service",
        description: "Certifications earned stay in the history.",
        params: IdParamsSchema,
        response: { 204: z.null().describe("Removed.") },
      },
    },
    async (request, reply) => {
      await certifications.deleteRequirement(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/v1/certifications",
    {
      config: { access: "member" },
      schema: {
        operationId: "listCertifications",
        tags,
        summary: "List certifications, soonest expiry first",
        description:
          "Current certifications (`history=true` adds those renewals replaced). Sales managers, PMO leads and admins see everyone's; everyone else their own. " +
          "`state`: `certified`, `expiring` (at most the workspace's `training.expiringDays` left) or `expired` (from the expiry day on).",
        querystring: CertificationListQuerySchema,
        response: { 200: CertificationPageSchema },
      },
    },
    async (request) => certifications.listCertifications(contextOf(request), request.query),
  );

  app.get(
    "/v1/certifications/:id",
    {
      config: { access: "member" },
      schema: { operationId: "getCertification", tags, summary: "Read a certification", params: IdParamsSchema, response: { 200: CertificationSchema } },
    },
    async (request) => certifications.getCertification(contextOf(request), request.params.id),
  );

  app.get(
    "/v1/certifications/:id/pdf",
    {
      config: { access: "member", produces: { mediaType: "application/pdf", description: "The one-page certificate." } },
      schema: {
        operationId: "getCertificatePdf",
        tags,
        summary: "The certificate as a one-page PDF",
        description: "For its holder and those who see everyone's readiness. Limited to `PDF_RATE_LIMIT` PDFs a minute per member.",
        params: IdParamsSchema,
      },
    },
    async (request, reply) => {
      const { filename, pdf } = await certificatePdf(contextOf(request), request.params.id, pdfLimit);
      return reply.header("content-type", "application/pdf").header("content-disposition", `attachment; filename="${filename}"`).send(pdf);
    },
  );
};
