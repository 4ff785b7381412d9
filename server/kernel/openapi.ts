import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { z } from "zod";
import { ProblemSchema } from "#shared/contracts/common.ts";
import { EventPayloadSchemas, EVENT_TYPES } from "#shared/contracts/events.ts";
import { describeAccess } from "./access.ts";
import { TANDEM_VERSION } from "./version.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** A route that answers a file or a stream, not JSON: documented as a string of this media type. */
    produces?: { mediaType: string; description: string; binary?: boolean };
    /** Problems this route answers beyond the ones every route of its kind may (documentation only). */
    problems?: Record<number, string>;
  }
}

const PROBLEM_REF = { $ref: "#/components/schemas/Problem" };
const problem = (description: string) => ({ description, content: { "application/problem+json": { schema: PROBLEM_REF } } });

/**
 * The problems an operation may answer, from what the route declares: input
 * to validate, a caller to authenticate, roles, a record in the path, a write
 * that can meet a newer version, a rate limit. Added to the reference only:
 * errors are serialized by the error handler, never by these schemas.
 */
function problemResponses(route: { method: string | string[]; url: string; schema?: object; config?: object }): Record<number, object> {
  const config = (route.config ?? {}) as { access?: unknown; rateLimit?: unknown; problems?: Record<number, string> };
  const schema = (route.schema ?? {}) as Record<string, unknown>;
  const open = typeof config.access === "object" && config.access !== null && "public" in config.access;
  const write = [route.method].flat().some((method) => method !== "GET" && method !== "HEAD");
  const hasRecord = route.url.includes("/:");
  const responses: Record<number, object> = {};
  if (schema.body || schema.querystring || schema.params) responses[400] = problem("The request is malformed or a field is invalid: `errors` lists each field.");
  if (!open) {
    responses[401] = problem("Not signed in, or the session or token has expired.");
    responses[403] = problem("The caller's roles do not allow this, or a cookie-authenticated write lacks the CSRF token.");
  }
  if (hasRecord) responses[404] = problem("No such record in the caller's workspace.");
  if (write) responses[409] = problem("The record changed since it was read (`stale_version`), its state does not allow this, or another record holds the name; `code` says which.");
  if (config.rateLimit) responses[429] = problem("Too many attempts: wait as `Retry-After` says.");
  for (const [status, description] of Object.entries(config.problems ?? {})) responses[Number(status)] = problem(description);
  return responses;
}

/**
 * The reference is generated from the route schemas, and each operation says
 * who may call it, taken from the same `access` the server enforces.
 */
export async function registerOpenApi(app: FastifyInstance): Promise<void> {
  await app.register(fastifySwagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "Tandem API",
        version: TANDEM_VERSION,
        license: { name: "MIT", identifier: "MIT" },
        description:
          "Sales and project management, working as one team. Authenticate with a personal API token " +
          "(`Authorization: Bearer …`) or the session cookie; cookie-authenticated writes need the " +
          "`X-CSRF-Token` header from `GET /api/v1/session`. Errors are `application/problem+json` (RFC 9457).",
      },
      servers: [{ url: "/", description: "This Tandem server" }],
      components: {
        schemas: { ...webhookPayloadSchemas(), Problem: problemSchema() },
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          session: { type: "apiKey", in: "cookie", name: "tandem_session" },
        },
      },
    },
    transformObject: (document) => ("openapiObject" in document ? { ...document.openapiObject, webhooks: webhookOperations() } : document.swaggerObject),
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      if (!access) return transformed;
      const schema = transformed.schema as Record<string, unknown>;
      const open = typeof access === "object" && "public" in access;
      const security: Array<Record<string, string[]>> = open ? [] : [{ bearer: [] }, { session: [] }];
      const produces = input.route.config?.produces;
      const body = produces && { type: "string", ...(produces.binary === false ? {} : { format: "binary" }) };
      const response = {
        ...(schema.response as object),
        ...(produces && body ? { 200: { description: produces.description, content: { [produces.mediaType]: { schema: body } } } } : {}),
        ...problemResponses(input.route),
      };
      return {
        ...transformed,
        schema: {
          ...schema,
          response,
          description: [schema.description, `**Who may call:** ${describeAccess(access)}`].filter(Boolean).join("\n\n"),
          "x-roles": open ? [] : access === "member" ? ["member"] : [...access],
          security,
        },
      };
    },
  });
  await app.register(fastifySwaggerUi, { routePrefix: "/api/docs" });
  app.get("/api/openapi.json", { schema: { hide: true } }, async () => app.swagger());
}

function problemSchema(): object {
  const { $schema: _schema, ...schema } = z.toJSONSchema(ProblemSchema.describe("An error, as RFC 9457 problem details with a stable `code`."), { target: "draft-2020-12" });
  return schema;
}

const WEBHOOK_HEADERS = [
  { name: "Tandem-Event", in: "header", required: true, description: "The event type, e.g. `service.updated`.", schema: { type: "string" } },
  { name: "Tandem-Delivery", in: "header", required: true, description: "The delivery's id: the same on a retry of the same delivery.", schema: { type: "string" } },
  {
    name: "Tandem-Signature",
    in: "header",
    required: true,
    description: '`t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>" with the webhook\'s secret>`.',
    schema: { type: "string" },
  },
];

/** Each event type as an OpenAPI 3.1 webhook: the POST a subscribed receiver gets, and what it should answer. */
function webhookOperations(): Record<string, object> {
  return Object.fromEntries(
    EVENT_TYPES.map((type) => [
      type,
      {
        post: {
          operationId: `webhook.${type}`,
          // Receivers check the Tandem-Signature header, not a credential.
          security: [],
          summary: `Tandem tells a receiver that \`${type}\` happened`,
          description:
            "Signed with the webhook's secret: recompute the HMAC over the timestamp, a dot and the raw body and compare it in constant time. " +
            "Any 2xx answer within 5 s counts as delivered; anything else is retried with back-off.",
          parameters: WEBHOOK_HEADERS,
          requestBody: { required: true, content: { "application/json": { schema: { $ref: `#/components/schemas/WebhookEvent.${type}` } } } },
          responses: { "2XX": { description: "Received; the delivery is logged as succeeded." } },
        },
      },
    ]),
  );
}

/**
 * What a webhook receives for each event type, as `WebhookEvent.<type>`
 * schemas in the reference: the envelope, with the event's payload as `data`.
 */
function webhookPayloadSchemas(): Record<string, object> {
  return Object.fromEntries(
    EVENT_TYPES.map((type) => {
      const envelope = z
        .object({
          id: z.string().describe("The event's id: the same on every delivery and retry of this event."),
          type: z.literal(type),
          occurredAt: z.string().describe("When the change committed (UTC, ISO-8601)."),
          workspaceId: z.string(),
          data: EventPayloadSchemas[type],
        })
        .describe(`The JSON body POSTed to webhooks subscribed to \`${type}\`.`);
      const { $schema: _schema, ...schema } = z.toJSONSchema(envelope, { target: "draft-2020-12", unrepresentable: "any" });
      return [`WebhookEvent.${type}`, schema];
    }),
  );
}
