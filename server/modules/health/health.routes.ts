import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pingDatabase } from "#server/kernel/db/database.ts";
import { TANDEM_VERSION } from "#server/kernel/version.ts";

const HealthSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["sqlite", "postgres"]),
  version: z.string(),
});

const ReadySchema = z.object({ status: z.literal("ready") });

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/health",
    {
      config: { access: { public: true }, problems: { 503: "The database does not answer, or the server is shutting down." } },
      schema: { operationId: "getHealth", tags: ["health"], summary: "Is Tandem up, and on which database", response: { 200: HealthSchema } },
    },
    async () => {
      await pingDatabase(app.tandem.db);
      return { status: "ok" as const, database: app.tandem.databaseKind, version: TANDEM_VERSION };
    },
  );

  app.get(
    "/ready",
    {
      config: {
        access: { public: true },
        problems: { 503: "The server is starting (migrating its database) or shutting down, or the database does not answer: send traffic elsewhere." },
      },
      schema: {
        operationId: "getReadiness",
        tags: ["health"],
        summary: "May this instance take traffic",
        description: "Readiness, for a load balancer or orchestrator: 200 once the database is migrated, 503 before that and while shutting down. `/api/health` is the liveness check and answers while starting too.",
        response: { 200: ReadySchema },
      },
    },
    async () => {
      // Requests in the starting and stopping phases never get here (kernel/lifecycle.ts).
      await pingDatabase(app.tandem.db);
      return { status: "ready" as const };
    },
  );
};
