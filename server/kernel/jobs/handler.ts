import type { Transaction } from "kysely";
import type { Db } from "../db/database.ts";
import type { Database } from "../db/schema.ts";

export type Clock = () => Date;

/** What the worker logs through; pino and Fastify's logger fit. */
export interface JobLogger {
  debug(details: object, message: string): void;
  info(details: object, message: string): void;
  warn(details: object, message: string): void;
  error(details: object, message: string): void;
}

const quiet = () => undefined;
export const silentLogger: JobLogger = { debug: quiet, info: quiet, warn: quiet, error: quiet };

export type JobPayload = Record<string, unknown>;

export interface JobContext {
  job: { id: string; kind: string; attempt: number; maxAttempts: number; workspaceId: string | null; runAt: string };
  db: Db;
  /** Aborted when the worker gives the job back at shutdown: stop early, the job runs again later. */
  signal: AbortSignal;
  logger: JobLogger;
  /**
   * Runs `work` in a transaction that also marks this job succeeded, so the
   * job's database changes and its completion commit together or not at all:
   * a job whose lock was lost (released, or expired and taken over) rolls
   * back instead of applying its changes a second time. Call it once, last.
   */
  transaction<T>(work: (trx: Transaction<Database>) => Promise<T>): Promise<T>;
}

/** Runs one job; a throw is a failed attempt. Work outside the database (HTTP, e-mail) must tolerate a repeat. */
export type JobHandler = (payload: JobPayload, context: JobContext) => Promise<void>;
