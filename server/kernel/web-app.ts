import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { APP_ROOT } from "./app-root.ts";
import { sendRouteNotFound } from "./problem.ts";

export const WEB_ROOT = path.join(APP_ROOT, "dist/web");

// Files under assets/ carry a content hash in their name: a new release gets new names,
// so browsers may keep them for a year without asking. Everything else (index.html)
// must be fetched every time, or a browser would hold on to an old release's asset list.
const HASHED_ASSET = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.[\w.]+$/;
const CACHE_HASHED = "public, max-age=31536000, immutable";
const CACHE_NEVER = "no-store";

/** Serves the built single-page app; unknown non-API paths get index.html so the router can take over. */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  if (!fs.existsSync(path.join(WEB_ROOT, "index.html"))) {
    app.log.warn("dist/web is missing: run `npm run build` to serve the web app.");
  }
  await app.register(fastifyStatic, {
    root: WEB_ROOT,
    wildcard: false,
    index: ["index.html"],
    // The build writes .br and .gz copies beside each text asset (scripts/build.mjs).
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => reply.header("cache-control", HASHED_ASSET.test(filePath) ? CACHE_HASHED : CACHE_NEVER),
  });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api") || request.method !== "GET") return sendRouteNotFound(request, reply);
    return reply.sendFile("index.html");
  });
}
