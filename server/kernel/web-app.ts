import fs from "node:fs";
import path from "node:path";
import fastifyStatic from "@fastify/static";
import type { FastifyInstance } from "fastify";
import { problem } from "./problem.ts";

export const WEB_ROOT = path.resolve(import.meta.dirname, "../../dist/web");

/** Serves the built single-page app; unknown non-API paths get index.html so the router can take over. */
export async function registerWebApp(app: FastifyInstance): Promise<void> {
  if (!fs.existsSync(path.join(WEB_ROOT, "index.html"))) {
    app.log.warn("dist/web is missing: run `npm run build` to serve the web app.");
  }
  await app.register(fastifyStatic, { root: WEB_ROOT, wildcard: false, index: ["index.html"] });
  app.setNotFoundHandler((request, reply) => {
    const pathOnly = request.url.split("?")[0] ?? "";
    if (pathOnly.startsWith("/api") || request.method !== "GET") {
      return reply
        .status(404)
        .type("application/problem+json")
        .send({ ...problem(404, "route_not_found", `No route ${request.method} ${pathOnly}.`), instance: request.url });
    }
    return reply.sendFile("index.html");
  });
}
