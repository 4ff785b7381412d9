import pino from "pino";
import { startJobRuntime } from "#server/kernel/jobs/runtime.ts";
import { loggerOptions } from "#server/kernel/logger.ts";
import { readFlags, type Runtime } from "./runtime.ts";

/**
 * `tandem worker`: runs jobs and recurring jobs without serving HTTP, until
 * SIGINT or SIGTERM; then running jobs finish or go back to the queue. On
 * PostgreSQL any number of these share the queue with the servers.
 */
export async function worker(args: string[], cli: Runtime): Promise<void> {
  readFlags("worker", args, []);
  const database = await cli.database();
  // Logs go to stderr with every other message for people.
  const logger = pino(loggerOptions(cli.env), pino.destination(2));
  const jobs = await startJobRuntime({ database, env: cli.env, logger });
  cli.say(
    `Worker ${jobs.worker.id} is running ${cli.env.WORKER_CONCURRENCY} job(s) at a time on ${database.kind}. Stop it with Ctrl-C (SIGINT) or SIGTERM.`,
  );
  // Pending promises do not keep Node running; this timer does, until a signal.
  const keepAlive = setInterval(() => undefined, 1 << 30);
  const signal = await new Promise<NodeJS.Signals>((resolve) => {
    process.once("SIGINT", resolve);
    process.once("SIGTERM", resolve);
  });
  cli.say(`Received ${signal}: finishing the running jobs (unfinished ones go back to the queue)…`);
  await jobs.stop();
  clearInterval(keepAlive);
  cli.say("Worker stopped.");
}
