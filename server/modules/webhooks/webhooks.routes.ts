import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { contextOf } from "#server/kernel/context.ts";
import { IdParamsSchema } from "#shared/contracts/common.ts";
import {
  CreateWebhookSchema,
  DeliveryParamsSchema,
  UpdateWebhookSchema,
  WebhookDeliveryListQuerySchema,
  WebhookDeliveryPageSchema,
  WebhookListQuerySchema,
  WebhookPageSchema,
  WebhookSchema,
  WebhookWithSecretSchema,
} from "#shared/contracts/webhooks.ts";
import * as webhooks from "./webhooks.service.ts";

const tags = ["webhooks"];
const config = { access: ["admin"] as const };

export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/v1/webhooks",
    { config, schema: { operationId: "listWebhooks", tags, summary: "The workspace's webhooks", querystring: WebhookListQuerySchema, response: { 200: WebhookPageSchema } } },
    async (request) => webhooks.listWebhooks(contextOf(request), request.query),
  );

  app.post(
    "/v1/webhooks",
    {
      config,
      schema: {
        operationId: "createWebhook",
        tags,
        summary: "Register a webhook; the signing secret is in this answer only",
        description: "Deliveries are POSTed as JSON and signed in the `Tandem-Signature` header: `t=<unix seconds>,v1=<hex HMAC-SHA256 of \"<t>.<body>\">`.",
        body: CreateWebhookSchema,
        response: { 201: WebhookWithSecretSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await webhooks.createWebhook(contextOf(request), request.body)),
  );

  app.get(
    "/v1/webhooks/:id",
    { config, schema: { operationId: "getWebhook", tags, summary: "One webhook", params: IdParamsSchema, response: { 200: WebhookSchema } } },
    async (request) => webhooks.getWebhook(contextOf(request), request.params.id),
  );

  app.patch(
    "/v1/webhooks/:id",
    {
      config,
      schema: { operationId: "updateWebhook", tags, summary: "Change a webhook's URL, events or state", params: IdParamsSchema, body: UpdateWebhookSchema, response: { 200: WebhookSchema } },
    },
    async (request) => webhooks.updateWebhook(contextOf(request), request.params.id, request.body),
  );

  app.post(
    "/v1/webhooks/:id/secret",
    {
      config,
      schema: { operationId: "rotateWebhookSecret", tags, summary: "Rotate the signing secret; the new one is in this answer only", params: IdParamsSchema, response: { 200: WebhookWithSecretSchema } },
    },
    async (request) => webhooks.rotateSecret(contextOf(request), request.params.id),
  );

  app.delete(
    "/v1/webhooks/:id",
    { config, schema: { operationId: "deleteWebhook", tags, summary: "Remove a webhook and its delivery log", params: IdParamsSchema, response: { 204: z.null() } } },
    async (request, reply) => {
      await webhooks.deleteWebhook(contextOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    "/v1/webhooks/:id/deliveries",
    {
      config,
      schema: {
        operationId: "listWebhookDeliveries",
        tags,
        summary: "The delivery log: status, latency and the start of each answer, newest first",
        params: IdParamsSchema,
        querystring: WebhookDeliveryListQuerySchema,
        response: { 200: WebhookDeliveryPageSchema },
      },
    },
    async (request) => webhooks.listDeliveries(contextOf(request), request.params.id, request.query),
  );

  app.post(
    "/v1/webhooks/:id/deliveries/:deliveryId/redeliver",
    {
      config,
      schema: {
        operationId: "redeliverWebhookDelivery",
        tags,
        summary: "Send a logged delivery's event again (queued; the result appears in the log)",
        params: DeliveryParamsSchema,
        response: { 202: z.object({ jobId: z.string() }) },
      },
    },
    async (request, reply) =>
      reply.status(202).send(await webhooks.redeliver(contextOf(request), request.params.id, request.params.deliveryId)),
  );
};
