import type { InjectOptions, LightMyRequestResponse } from "fastify";
import type { TestApp } from "./setup/test-app.ts";

/**
 * Sends one request and answers its response with the SQL of every query it
 * ran, so tests can hold a write or a list to an upper bound and N+1 queries
 * fail. The test app runs no worker; send one request at a time, so every
 * query seen is that request's.
 */
export async function countQueries(
  t: TestApp,
  send: (options: InjectOptions) => Promise<LightMyRequestResponse>,
  options: InjectOptions,
): Promise<{ response: LightMyRequestResponse; queries: string[] }> {
  const watch = t.database.watchQueries();
  try {
    const response = await send(options);
    return { response, queries: watch.stop() };
  } finally {
    watch.stop();
  }
}
