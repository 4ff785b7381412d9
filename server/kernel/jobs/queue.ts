import { EventEmitter } from "node:events";
import type { Executor } from "../db/database.ts";
import { newId, now } from "../ids.ts";
import * as repository from "./jobs.repository.ts";

export const DEFAULT_MAX_ATTEMPTS = 5;

/** `event.dispatch`, `jobs.cleanup`, `webhook.deliver`: lowercase words joined by dots. */
export const JOB_KIND = /^[a-z][a-z0-9_-]*(\.[a-z0-9_-]+)*$/;

export interface JobRequest {
  kind: string;
  /** Stored as JSON text and shown to admins: ids and plain values, never secrets. */
  payload?: Record<string, unknown>;
  /** Null for system jobs; workspace jobs are the ones that workspace's admins see. */
  workspaceId?: string | null;
  /** Not before this time; now when not given. */
  runAt?: Date | string;
  /**
   * Names one job, ever: enqueueing the same key again does nothing and
   * returns the first job's id, whatever its state. Put the period in the key
   * for work that repeats (`digest:<member>:<day>`).
   */
  uniqueKey?: string;
  maxAttempts?: number;
}

const signals = new EventEmitter();

/** Workers in this process listen, to start on a new job without waiting for their next poll. */
export function onJobEnqueued(listener: () => void): () => void {
  signals.on("enqueued", listener);
  return () => signals.off("enqueued", listener);
}

/**
 * Queues a job in the caller's transaction: it exists exactly when the
 * caller's change commits. Returns the job's id (the existing job's, for a
 * unique key already taken).
 */
export async function enqueueJob(trx: Executor, request: JobRequest): Promise<string> {
  if (!JOB_KIND.test(request.kind)) throw new Error(`"${request.kind}" is not a job kind (lowercase words joined by dots).`);
  const maxAttempts = request.maxAttempts ?? DEFAULT_MAX_ATTEMPTS;
  if (!Number.isInteger(maxAttempts) || maxAttempts < 1) throw new Error(`maxAttempts must be a whole number ≥ 1, not ${maxAttempts}.`);
  const at = now();
  const runAt = request.runAt === undefined ? at : new Date(request.runAt);
  if (typeof runAt !== "string" && Number.isNaN(runAt.getTime())) throw new Error(`runAt "${String(request.runAt)}" is not a time.`);
  const row = {
    id: newId(),
    kind: request.kind,
    payload: JSON.stringify(request.payload ?? {}),
    workspace_id: request.workspaceId ?? null,
    unique_key: request.uniqueKey ?? null,
    status: "queued" as const,
    run_at: typeof runAt === "string" ? runAt : runAt.toISOString(),
    attempts: 0,
    max_attempts: maxAttempts,
    last_error: null,
    locked_by: null,
    locked_until: null,
    created_at: at,
    updated_at: at,
    finished_at: null,
  };
  // A job with the key can vanish between the insert and the look-up (clean-up deleted it): then insert again.
  for (let attempt = 0; attempt < 3; attempt++) {
    if (await repository.insertJob(trx, row)) {
      signals.emit("enqueued");
      return row.id;
    }
    if (row.unique_key === null) break;
    const existing = await repository.findJobIdByUniqueKey(trx, row.unique_key);
    if (existing) return existing;
  }
  throw new Error(`Could not enqueue the ${request.kind} job (unique key ${String(request.uniqueKey)}).`);
}
