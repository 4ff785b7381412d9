import { buildApp } from "./app.ts";
import { seedDemoIfEmpty } from "./demo/seed.ts";
import { readEnv } from "./env.ts";
import { migrateToLatest, openDatabase } from "./kernel/db/database.ts";
import { startJobRuntime } from "./kernel/jobs/runtime.ts";

const env = readEnv();
const database = openDatabase({ databaseUrl: env.DATABASE_URL, dataDir: env.DATA_DIR });
await migrateToLatest(database.db);
// A production install never gets a workspace with a published password unless asked for one.
const wantsDemo = env.TANDEM_DEMO ?? env.NODE_ENV !== "production";
const demo = wantsDemo ? await seedDemoIfEmpty(database.db) : null;

const app = await buildApp({ env, database, serveWebApp: true });
await app.listen({ host: env.HOST, port: env.PORT });
// Jobs queued while the process was down (or by the demo seed) start now.
const jobs = env.WORKER_ENABLED ? await startJobRuntime({ database, env, logger: app.log }) : null;

const url = env.PUBLIC_URL ?? `http://localhost:${env.PORT}`;
const lines = [`Tandem is running at ${url} (database: ${database.kind})`, `API reference: ${url}/api/docs`];
if (demo) {
  lines.push(`Demo workspace "${demo.workspaceName}" — sign in with the password ${demo.password} as:`);
  for (const email of demo.emails) lines.push(`  ${email}`);
} else if (!wantsDemo) {
  lines.push(`No demo workspace (TANDEM_DEMO=${env.TANDEM_DEMO === false ? "false" : "unset, in production"}): sign up at ${url}/signup, or run \`npm run tandem -- create-admin\`.`);
}
console.log(lines.join("\n"));

let closing = false;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    if (closing) return;
    closing = true;
    app.log.info({ signal }, "shutting down");
    // Requests and jobs finish (or jobs go back to the queue) before the database closes.
    void Promise.all([app.close(), jobs?.stop()])
      .then(() => database.close())
      .then(() => process.exit(0), () => process.exit(1));
  });
}
