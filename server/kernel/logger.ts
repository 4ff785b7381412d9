import type { FastifyRequest } from "fastify";
import { stdSerializers, type LoggerOptions } from "pino";
import type { Env } from "#server/env.ts";
import { redactDeep, redactSecrets } from "./redact.ts";

/**
 * Structured logs, with no secret in any line: credentials in headers are
 * censored by path, and every string — URLs (an invitation link's token is in
 * its path), messages, errors — has Tandem's secrets and URL credentials taken out.
 */
export function loggerOptions(env: Pick<Env, "LOG_LEVEL" | "NODE_ENV">): LoggerOptions {
  return {
    level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'req.headers["x-csrf-token"]',
        'res.headers["set-cookie"]',
        "*.password",
        "*.token",
        "*.secret",
      ],
      censor: "[redacted]",
    },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: redactSecrets(request.url),
        host: request.host,
        remoteAddress: request.ip,
        remotePort: request.socket?.remotePort,
      }),
      // The serialized error's prototype is pino's own: spread it into a plain object to walk it.
      err: (error: Error) => redactDeep({ ...stdSerializers.err(error) }),
    },
    formatters: { log: (record) => redactDeep(record) as Record<string, unknown> },
    hooks: {
      logMethod(args, method) {
        method.apply(this, args.map((arg) => (typeof arg === "string" ? redactSecrets(arg) : arg)) as Parameters<typeof method>);
      },
    },
  };
}
