import Fastify, { type FastifyInstance, type FastifyRequest } from "fastify";
import type { CompiledQuery } from "kysely";
import { buildApp } from "#server/app.ts";
import { readEnv } from "#server/env.ts";
import type { DatabaseHandle } from "#server/kernel/db/database.ts";

/** Tandem as it runs in production, minus the web app and the logs. */
export async function startTandem(database: DatabaseHandle, settings: { dataDir: string; databaseUrl?: string }): Promise<FastifyInstance> {
  const env = readEnv({
    NODE_ENV: "production",
    LOG_LEVEL: "silent",
    DATA_DIR: settings.dataDir,
    ...(settings.databaseUrl ? { DATABASE_URL: settings.databaseUrl } : {}),
  });
  const app = await buildApp({ env, database });
  await app.listen({ host: "127.0.0.1", port: 0 });
  return app;
}

/**
 * The baseline: a bare Fastify route, no plugins, no schema, no auth, running
 * the same SQL through the same connection, one query after the other, and
 * answering the first one's rows as JSON.
 * What Tandem adds on top of it (auth, validation, presenting, serializing)
 * is the difference between the two. A scenario whose requests differ
 * (search words) gives the query for each request, compiled beforehand.
 */
export async function startBare(
  database: DatabaseHandle,
  path: string,
  queries: CompiledQuery[] | ((request: FastifyRequest) => CompiledQuery),
): Promise<FastifyInstance> {
  const app = Fastify({ logger: false });
  app.get(path.split("?")[0] ?? path, async (request) => {
    const [first, ...rest] = typeof queries === "function" ? [queries(request)] : queries;
    const rows = (await database.db.executeQuery(first!)).rows;
    for (const query of rest) await database.db.executeQuery(query);
    return rows;
  });
  await app.listen({ host: "127.0.0.1", port: 0 });
  return app;
}

export function urlOf(app: FastifyInstance, path: string): string {
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("server is not listening on a port");
  return `http://127.0.0.1:${address.port}${path}`;
}
