import fastifySwagger from "@fastify/swagger";
import fastifySwaggerUi from "@fastify/swagger-ui";
import type { FastifyInstance } from "fastify";
import { jsonSchemaTransform } from "fastify-type-provider-zod";
import { z } from "zod";
import { EventPayloadSchemas, EVENT_TYPES } from "#shared/contracts/events.ts";
import { describeAccess } from "./access.ts";
import { TANDEM_VERSION } from "./version.ts";

declare module "fastify" {
  interface FastifyContextConfig {
    /** A route that answers a file, not JSON: documented as `{ type: string, format: binary }` of this media type. */
    produces?: { mediaType: string; description: string };
  }
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
        description:
          "Sales and project management, working as one team. Authenticate with a personal API token " +
          "(`Authorization: Bearer …`) or the session cookie; cookie-authenticated writes need the " +
          "`X-CSRF-Token` header from `GET /api/v1/session`. Errors are `application/problem+json` (RFC 9457).",
      },
      components: {
        schemas: webhookPayloadSchemas(),
        securitySchemes: {
          bearer: { type: "http", scheme: "bearer" },
          session: { type: "apiKey", in: "cookie", name: "tandem_session" },
        },
      },
    },
    transform: (input) => {
      const transformed = jsonSchemaTransform(input);
      const access = input.route.config?.access;
      if (!access) return transformed;
      const schema = transformed.schema as Record<string, unknown>;
      const open = typeof access === "object" && "public" in access;
      const security: Array<Record<string, string[]>> = open ? [] : [{ bearer: [] }, { session: [] }];
      const produces = input.route.config?.produces;
      const response = produces
        ? {
            ...(schema.response as object),
            200: { description: produces.description, content: { [produces.mediaType]: { schema: { type: "string", format: "binary" } } } },
          }
        : schema.response;
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
