import path from "node:path";
import { openDatabase } from "../db/database.ts";
import { JobWorker } from "./worker.ts";

/**
 * The worker process that worker.crash.test.ts kills. Arguments: the
 * database (a PostgreSQL URL or a SQLite file), the job kind to run and the
 * lock in milliseconds. It runs jobs of that kind with a handler that never
 * returns, and prints one JSON line on stdout once a job is running, so the
 * test knows when to kill it.
 */
const [target = "", kind = "", lockMs = ""] = process.argv.slice(2);
const database = target.startsWith("postgres")
  ? openDatabase({ databaseUrl: target, dataDir: "", poolSize: 2 })
  : openDatabase({ dataDir: path.dirname(target), sqliteFile: path.basename(target) });

const worker: JobWorker = new JobWorker({
  database,
  concurrency: 1,
  pollMs: 20,
  lockMs: Number(lockMs),
  handlers: {
    [kind]: async (_payload, { job }) => {
      process.stdout.write(`${JSON.stringify({ jobId: job.id, workerId: worker.id })}\n`);
      await new Promise(() => undefined);
    },
  },
});
worker.start();
// With its one slot busy the worker sets no timer of its own; this keeps the process alive until it is killed.
setInterval(() => undefined, 1 << 30);
