import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { pingDatabase } from "#server/kernel/db/database.ts";
import { TANDEM_VERSION } from "#server/kernel/version.ts";

const HealthSchema = z.object({
  status: z.literal("ok"),
  database: z.enum(["sqlite", "postgres"]),
  version: z.string(),
});

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
};
