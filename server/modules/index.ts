import type { FastifyPluginAsync } from "fastify";
import { auditRoutes } from "./audit/audit.routes.ts";
import { healthRoutes } from "./health/health.routes.ts";
import { servicesRoutes } from "./services/services.routes.ts";

/** Every module's routes, mounted under /api. */
export const apiModules: FastifyPluginAsync[] = [healthRoutes, servicesRoutes, auditRoutes];
