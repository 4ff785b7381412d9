import type { FastifyPluginAsync } from "fastify";
import { healthRoutes } from "./health/health.routes.ts";

/** Every module's routes, mounted under /api. */
export const apiModules: FastifyPluginAsync[] = [healthRoutes];
