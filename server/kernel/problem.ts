import { STATUS_CODES } from "node:http";
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { hasZodFastifySchemaValidationErrors } from "fastify-type-provider-zod";
import { AppError, type FieldError } from "./errors.ts";
import { redactSecrets } from "./redact.ts";

interface Problem {
  type: string;
  title: string;
  status: number;
  code: string;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

const TITLES: Record<number, string> = {
  400: "Bad request",
  401: "Unauthorized",
  403: "Forbidden",
  404: "Not found",
  405: "Method not allowed",
  408: "Request timeout",
  409: "Conflict",
  410: "Gone",
  413: "Payload too large",
  414: "URI too long",
  415: "Unsupported media type",
  422: "Unprocessable content",
  429: "Too many requests",
  431: "Request header fields too large",
  500: "Internal server error",
  501: "Not implemented",
  503: "Service unavailable",
};

/** Fastify's own client errors, mapped to our stable codes. */
const FASTIFY_CODES: Record<string, string> = {
  FST_ERR_CTP_INVALID_JSON_BODY: "malformed_json",
  FST_ERR_CTP_EMPTY_JSON_BODY: "malformed_json",
  FST_ERR_CTP_BODY_TOO_LARGE: "body_too_large",
  FST_ERR_CTP_INVALID_MEDIA_TYPE: "unsupported_media_type",
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: "bad_content_length",
  FST_ERR_VALIDATION: "validation_failed",
  FST_ERR_BAD_URL: "malformed_url",
  FST_ERR_INVALID_URL: "malformed_url",
  FST_ERR_MAX_PARAM_LENGTH: "uri_too_long",
};

export function problem(status: number, code: string, detail: string, errors?: FieldError[]): Problem {
  return {
    type: `https://tandem.dev/problems/${code}`,
    // Node's reason phrase keeps the title true to the status for one not listed above.
    title: TITLES[status] ?? STATUS_CODES[status] ?? "Error",
    status,
    code,
    detail,
    ...(errors && errors.length > 0 ? { errors } : {}),
  };
}

/**
 * A unique or foreign-key constraint that fires despite the service's checks
 * (two requests racing) is the caller's conflict, not our failure.
 */
function constraintProblem(error: { code?: unknown }): Problem | null {
  const code = String(error.code ?? "");
  if (code === "23505" || code === "SQLITE_CONSTRAINT_UNIQUE" || code === "SQLITE_CONSTRAINT_PRIMARYKEY") {
    return problem(409, "duplicate", "A record with these values already exists.");
  }
  if (code === "23503" || code === "SQLITE_CONSTRAINT_FOREIGNKEY") {
    return problem(409, "referenced_record", "This change refers to a record that does not exist or is still in use.");
  }
  return null;
}

function toProblem(error: FastifyError | AppError | Error): Problem {
  if (error instanceof AppError) return problem(error.status, error.code, error.message, error.errors);
  const constraint = constraintProblem(error as { code?: unknown });
  if (constraint) return constraint;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const errors = error.validation.flatMap((issue) => {
      const path = [error.validationContext, ...issue.instancePath.split("/").filter(Boolean)];
      // An unknown field is reported at its own path, so a client can point at it.
      const unknownKeys = issue.keyword === "unrecognized_keys" ? (issue.params as { keys?: unknown }).keys : undefined;
      if (Array.isArray(unknownKeys)) {
        return unknownKeys.map((key) => ({ path: [...path, String(key)].join("."), message: "Unknown field." }));
      }
      return [{ path: path.join("."), message: issue.message ?? "Invalid value." }];
    });
    return problem(400, "validation_failed", "Some fields are missing or invalid.", errors);
  }
  const fastifyError = error as FastifyError;
  const status = fastifyError.statusCode ?? 500;
  if (status >= 400 && status < 500) {
    const code = (fastifyError.code && FASTIFY_CODES[fastifyError.code]) ?? (status === 429 ? "rate_limited" : "bad_request");
    return problem(status, code, fastifyError.message);
  }
  return problem(500, "internal_error", "Something went wrong on our side. It has been logged.");
}

/**
 * The error handler, and also Fastify's `frameworkErrors` option: the router
 * answers malformed percent-encoding and over-long path parameters itself
 * unless given a function, and those never reach the error handler.
 */
export function sendProblem(error: FastifyError, request: FastifyRequest, reply: FastifyReply): void {
  const body = toProblem(error);
  if (body.status >= 500) request.log.error({ err: error }, "request failed");
  // The path may hold a token (an invitation or reset link); the answer never repeats it.
  body.instance = redactSecrets(request.url);
  if (error instanceof AppError && error.headers) void reply.headers(error.headers);
  void reply.status(body.status).type("application/problem+json").send(body);
}

export function registerProblemHandlers(app: FastifyInstance): void {
  app.setErrorHandler(sendProblem);
}

export function sendRouteNotFound(request: FastifyRequest, reply: FastifyReply): FastifyReply {
  const path = request.url.split("?")[0] ?? "";
  return reply
    .status(404)
    .type("application/problem+json")
    .send({
      ...problem(404, "route_not_found", `No route ${request.method} ${redactSecrets(path)}.`),
      instance: redactSecrets(request.url),
    });
}
