import type { LoggerOptions } from "pino";
import type { Env } from "#server/env.ts";

/** Structured logs; secrets are redacted wherever they could appear. */
export function loggerOptions(env: Pick<Env, "LOG_LEVEL" | "NODE_ENV">): LoggerOptions {
  return {
    level: env.NODE_ENV === "test" ? "silent" : env.LOG_LEVEL,
    redact: {
      paths: [
        "req.headers.authorization",
        "req.headers.cookie",
        'res.headers["set-cookie"]',
        "*.password",
        "*.token",
      ],
      censor: "[redacted]",
    },
  };
}
