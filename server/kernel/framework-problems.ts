import { STATUS_CODES, type ServerResponse } from "node:http";
import type { Socket } from "node:net";
import type { FastifyInstance, FastifyServerOptions } from "fastify";
import { problem, sendProblem } from "./problem.ts";
import { PROBLEM_SECURITY_HEADERS } from "./security-headers.ts";

/**
 * Fastify and Node answer a few errors themselves, in their own JSON or text,
 * without reaching the error handler. These options send each of them as
 * problem+json too.
 */
export const frameworkProblemOptions = {
  // The router answers these before any hook runs, so without the security headers.
  frameworkErrors: (error, request, reply) => {
    for (const [name, value] of Object.entries(PROBLEM_SECURITY_HEADERS)) if (!reply.hasHeader(name)) void reply.header(name, value);
    sendProblem(error, request, reply);
  },
  clientErrorHandler: answerClientError,
  // Fastify's own 503 while closing is plain JSON; registerLifecycle (lifecycle.ts) answers instead.
  return503OnClosing: false,
} satisfies FastifyServerOptions;

type ClientError = Error & { code?: string };

/** What Node's HTTP parser refuses, keyed by its error code; anything else is malformed HTTP. */
const CLIENT_ERRORS: Record<string, [status: number, code: string, detail: string]> = {
  HPE_HEADER_OVERFLOW: [431, "header_fields_too_large", "The request line and headers are larger than this server accepts. Shorten the URL or the headers."],
  HPE_CHUNK_EXTENSIONS_OVERFLOW: [413, "body_too_large", "The chunk extensions of the request body are too large."],
  ERR_HTTP_REQUEST_TIMEOUT: [408, "request_timeout", "The request took too long to arrive."],
  HPE_INVALID_METHOD: [501, "method_not_implemented", "This server does not know that HTTP method."],
};
const MALFORMED: [number, string, string] = [400, "malformed_request", "The request is not valid HTTP/1.1."];

/**
 * Node raises these before a request exists, so no hook or handler runs:
 * the answer is written to the socket by hand, which is then closed because
 * the parser cannot find where the next request would start.
 */
function answerClientError(this: FastifyInstance, error: ClientError, socket: Socket): void {
  if (error.code === "ECONNRESET" || socket.destroyed) return;
  this.log.debug({ err: error }, "client error");
  // As Node's own handler does: never write into a response already under way on this socket.
  const inFlight = (socket as Socket & { _httpMessage?: ServerResponse | null })._httpMessage;
  if (socket.writable && !inFlight?.headersSent) {
    const [status, code, detail] = CLIENT_ERRORS[error.code ?? ""] ?? MALFORMED;
    socket.write(rawProblemResponse(status, problem(status, code, detail)));
  }
  socket.destroy();
}

function rawProblemResponse(status: number, body: object): string {
  const json = JSON.stringify(body);
  const head = [
    `HTTP/1.1 ${status} ${STATUS_CODES[status] ?? "Error"}`,
    "Content-Type: application/problem+json; charset=utf-8",
    `Content-Length: ${Buffer.byteLength(json)}`,
    ...Object.entries(PROBLEM_SECURITY_HEADERS).map(([name, value]) => `${name}: ${value}`),
    "Connection: close",
  ];
  return `${head.join("\r\n")}\r\n\r\n${json}`;
}
