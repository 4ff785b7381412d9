import fastifyCookie from "@fastify/cookie";
import fastifyRateLimit from "@fastify/rate-limit";
import Fastify, { type FastifyInstance } from "fastify";
import type { DestinationStream } from "pino";
import { validatorCompiler } from "fastify-type-provider-zod";
import type { Env } from "./env.ts";
import { registerAccessControl } from "./kernel/access.ts";
import { AppError } from "./kernel/errors.ts";
import type { DatabaseHandle } from "./kernel/db/database.ts";
import { frameworkProblemOptions } from "./kernel/framework-problems.ts";
import { registerLifecycle, type Lifecycle } from "./kernel/lifecycle.ts";
import { loggerOptions } from "./kernel/logger.ts";
import { registerSecurityHeaders } from "./kernel/security-headers.ts";
import { serializerCompiler } from "./kernel/serializer.ts";
import { registerOpenApi } from "./kernel/openapi.ts";
import { registerProblemHandlers, sendRouteNotFound } from "./kernel/problem.ts";
import { registerTextGuard } from "./kernel/text-guard.ts";
import { registerWebApp } from "./kernel/web-app.ts";
import { idleExpiry } from "./modules/auth/auth.service.ts";
import { apiModules } from "./modules/index.ts";

export interface TandemServices {
  db: DatabaseHandle["db"];
  databaseKind: DatabaseHandle["kind"];
  env: Env;
  lifecycle: Lifecycle;
}

declare module "fastify" {
  interface FastifyInstance {
    tandem: TandemServices;
  }
}

export interface BuildOptions {
  env: Env;
  database: DatabaseHandle;
  /** Serve the built web app from dist/web (off in API tests). */
  serveWebApp?: boolean;
  /** Where log lines go at LOG_LEVEL whatever NODE_ENV says (tests that read the log). */
  logStream?: DestinationStream;
  /** Starting, ready or stopping; ready unless the caller migrates after listening (main.ts). */
  lifecycle?: Lifecycle;
}

export async function buildApp({ env, database, serveWebApp = false, logStream, lifecycle = { phase: "ready" } }: BuildOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: logStream ? { ...loggerOptions(env), level: env.LOG_LEVEL, stream: logStream } : loggerOptions(env),
    bodyLimit: env.BODY_LIMIT_BYTES,
    trustProxy: env.TRUST_PROXY,
    genReqId: () => crypto.randomUUID(),
    routerOptions: { ignoreTrailingSlash: true },
    ...frameworkProblemOptions,
  });
  app.decorate("tandem", { db: database.db, databaseKind: database.kind, env, lifecycle });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerProblemHandlers(app);
  registerLifecycle(app, lifecycle);
  registerTextGuard(app);

  await registerSecurityHeaders(app);
  await app.register(fastifyCookie);
  // Limits apply only to routes that ask for one (sign-in, sign-up, …).
  await app.register(fastifyRateLimit, {
    global: false,
    errorResponseBuilder: (_request, context) =>
      new AppError(429, "rate_limited", `Too many attempts. Try again in ${context.after}.`),
  });
  await registerOpenApi(app);
  registerAccessControl(app, database.db, idleExpiry);

  for (const module of apiModules) await app.register(module, { prefix: "/api" });

  if (serveWebApp) await registerWebApp(app);
  else app.setNotFoundHandler(sendRouteNotFound);
  return app;
}
