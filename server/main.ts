import type { AddressInfo } from "node:net";
import closeWithGrace from "close-with-grace";
import { buildApp } from "./app.ts";
import { seedDemoIfEmpty } from "./demo/seed.ts";
import { readEnv } from "./env.ts";
import { migrateToLatest, openDatabase } from "./kernel/db/database.ts";
import { startJobRuntime } from "./kernel/jobs/runtime.ts";
import type { Lifecycle } from "./kernel/lifecycle.ts";

/** The whole shutdown is bounded: whatever clients do, the process has exited this long after SIGTERM. */
const SHUTDOWN_LIMIT_MS = 10_000;
/** Requests still running this long after SIGTERM are cut off, so the database can close in time. */
const REQUEST_DRAIN_MS = 7_000;
/** A job still running is released back to the queue after this, for the next worker to run. */
const JOB_DRAIN_MS = 6_000;

const env = readEnv();
const database = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
const lifecycle: Lifecycle = { phase: "starting" };
const app = await buildApp({ env, database, serveWebApp: true, lifecycle });
let jobs: Awaited<ReturnType<typeof startJobRuntime>> | null = null;

closeWithGrace({ delay: SHUTDOWN_LIMIT_MS, logger: { error: (message: string) => app.log.error(message) } }, async ({ signal, err }) => {
  if (err) app.log.error({ err }, "stopping after an unexpected error");
  else app.log.info({ signal }, "shutting down");
  const cutOff = setTimeout(() => app.server.closeAllConnections(), REQUEST_DRAIN_MS);
  // Streams end and requests in flight finish while jobs finish or go back to the queue; then the database closes.
  await Promise.all([app.close(), jobs?.stop({ timeoutMs: JOB_DRAIN_MS })]);
  clearTimeout(cutOff);
  await database.close();
});

// Listening first: the liveness check answers while migrations run, readiness once they are done.
await app.listen({ host: env.HOST, port: env.PORT });
await migrateToLatest(database.db);
// A production install never gets a workspace with a published password unless asked for one.
const wantsDemo = env.TANDEM_DEMO ?? env.NODE_ENV !== "production";
const demo = wantsDemo ? await seedDemoIfEmpty(database.db) : null;
lifecycle.phase = "ready";
// Jobs queued while the process was down (or by the demo seed) start now.
if (env.WORKER_ENABLED) jobs = await startJobRuntime({ database, env, logger: app.log });

const { port } = app.server.address() as AddressInfo;
const url = env.PUBLIC_URL ?? `http://localhost:${port}`;
const lines = [`Tandem is running at ${url} (database: ${database.kind})`, `API reference: ${url}/api/docs`];
if (demo) {
  lines.push(`Demo workspace "${demo.workspaceName}" — sign in with the password ${demo.password} as:`);
  for (const email of demo.emails) lines.push(`  ${email}`);
} else if (!wantsDemo) {
  lines.push(`No demo workspace (TANDEM_DEMO=${env.TANDEM_DEMO === false ? "false" : "unset, in production"}): sign up at ${url}/signup, or run \`npm run tandem -- create-admin\`.`);
}
console.log(lines.join("\n"));
