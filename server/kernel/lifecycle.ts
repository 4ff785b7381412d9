import type { FastifyInstance } from "fastify";
import { AppError } from "./errors.ts";

/**
 * Where the process is in its life. The server listens before it migrates, so
 * an orchestrator sees it alive (`/api/health`) at once but sends it traffic
 * only when `/api/ready` says so.
 */
export type LifecyclePhase = "starting" | "ready" | "stopping";

export interface Lifecycle {
  phase: LifecyclePhase;
}

/** Liveness answers in every phase: a process that is migrating is not dead. */
const ANSWERS_WHILE_STARTING = new Set(["/api/health"]);

/**
 * API requests are refused with 503 until the database is migrated, and again
 * once the server drains — also a request on a kept-alive connection, so the
 * load balancer sends it elsewhere. The web app's static files need no
 * database and are served throughout.
 */
export function registerLifecycle(app: FastifyInstance, lifecycle: Lifecycle): void {
  app.addHook("preClose", async () => {
    lifecycle.phase = "stopping";
  });
  app.addHook("onRequest", async (request) => {
    if (lifecycle.phase === "stopping") throw new AppError(503, "shutting_down", "The server is restarting. Try again in a moment.");
    if (lifecycle.phase === "starting" && request.url.startsWith("/api/") && !ANSWERS_WHILE_STARTING.has(request.url.split("?")[0] ?? "")) {
      throw new AppError(503, "starting", "The server is starting (updating its database). Try again in a moment.");
    }
  });
}
