import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import {
  CreateServiceSchema,
  ServiceListQuerySchema,
  ServicePageSchema,
  ServiceSchema,
  UpdateServiceSchema,
} from "#shared/contracts/services.ts";
import { CATALOG_EDITORS } from "#shared/policies/roles.ts";
import * as services from "./services.service.ts";

export const servicesRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/services",
    {
      config: { access: "member" },
      schema: {
        operationId: "listServices",
        tags: ["services"],
        summary: "List the service catalog",
        description: "Filter by name (`q`, contains, case-insensitive), status and owner; pages by cursor.",
        querystring: ServiceListQuerySchema,
        response: { 200: ServicePageSchema },
      },
    },
    async (request) => services.listServices(contextOf(request), request.query),
  );

  app.get(
    "/v1/services/:id",
    {
      config: { access: "member" },
      schema: {
        operationId: "getService",
        tags: ["services"],
        summary: "Read a service, with its effort and price totals",
        params: IdParamsSchema,
        response: { 200: ServiceSchema },
      },
    },
    async (request) => services.getService(contextOf(request), request.params.id),
  );

  app.post(
    "/v1/services",
    {
      config: { access: CATALOG_EDITORS },
      schema: {
        operationId: "createService",
        tags: ["services"],
        summary: "Add a service to the catalog",
        body: CreateServiceSchema,
        response: { 201: ServiceSchema },
      },
    },
    async (request, reply) => {
      const service = await services.createService(contextOf(request), request.body);
      return reply.status(201).send(service);
    },
  );

  app.patch(
    "/v1/services/:id",
    {
      config: { access: CATALOG_EDITORS },
      schema: {
        operationId: "updateService",
        tags: ["services"],
        summary: "Change a service",
        description: "Send only the fields to change, with the `version` you read; a stale version is a 409.",
        params: IdParamsSchema,
        body: UpdateServiceSchema,
        response: { 200: ServiceSchema },
      },
    },
    async (request) => services.updateService(contextOf(request), request.params.id, request.body),
  );

  app.delete(
    "/v1/services/:id",
    {
      config: { access: CATALOG_EDITORS },
      schema: {
        operationId: "deleteService",
        tags: ["services"],
        summary: "Delete a service",
        description: "To keep a service on record but stop selling it, set its status to `retired` instead.",
        params: IdParamsSchema,
        response: { 204: z.null().describe("Deleted.") },
      },
    },
    async (request, reply) => {
      await services.deleteService(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );
};
