import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { sendRouteNotFound } from "./problem.ts";

export const WEB_ROOT = path.resolve(import.meta.dirname, "../../dist/web");

/** Serves the built single-page app; unknown non-API paths get index.html so the router can take over. */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  if (!fs.existsSync(path.join(WEB_ROOT, "index.html"))) {
    app.log.warn("dist/web is missing: run `npm run build` to serve the web app.");
  }
  await app.register(fastifyStatic, { root: WEB_ROOT, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith("/api") || request.method !== "GET") return sendRouteNotFound(request, reply);
    return reply.sendFile("index.html");
  });
}
