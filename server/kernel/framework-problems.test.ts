import net from "node:net";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildApp } from "#server/app.ts";
import { readEnv } from "#server/env.ts";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";

// Node's HTTP parser refuses these before a request exists, and app.inject
// bypasses that parser: only a listening server and a raw socket show them.

interface RawResponse {
  statusLine: string;
  headers: Record<string, string>;
  body: string;
}

function parseResponses(raw: Buffer): RawResponse[] {
  const responses: RawResponse[] = [];
  let rest = raw;
  while (rest.length > 0) {
    const headEnd = rest.indexOf("\r\n\r\n");
    const [statusLine = "", ...lines] = rest.subarray(0, headEnd).toString("latin1").split("\r\n");
    const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(":")).toLowerCase(), line.slice(line.indexOf(":") + 1).trim()]));
    const length = Number(headers["content-length"]);
    const bodyStart = headEnd + 4;
    responses.push({ statusLine, headers, body: rest.subarray(bodyStart, bodyStart + length).toString("utf8") });
    rest = rest.subarray(bodyStart + length);
  }
  return responses;
}

/** Opens a connection, lets `talk` write to it, and collects everything until the server closes it. */
function exchange(port: number, talk: (socket: net.Socket) => void): Promise<RawResponse[]> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = net.connect({ port, host: "127.0.0.1" }, () => talk(socket));
    socket.on("data", (chunk) => chunks.push(chunk));
    // The server closes while a huge request is still arriving; what it answered first is what counts.
    socket.on("error", (error) => (chunks.length > 0 ? undefined : reject(error)));
    socket.on("close", () => resolve(parseResponses(Buffer.concat(chunks))));
  });
}

const send = (port: number, request: string) => exchange(port, (socket) => socket.write(request));

function expectRawProblem(response: RawResponse | undefined, status: number, title: string, code: string): void {
  expect(response?.statusLine).toMatch(new RegExp(`^HTTP/1\\.1 ${status} `));
  expect(response?.headers["content-type"]).toBe("application/problem+json; charset=utf-8");
  expect(response?.headers["connection"]).toBe("close");
  // Written before any hook runs, the answer still carries the security headers.
  expect(response?.headers["x-content-type-options"]).toBe("nosniff");
  expect(response?.headers["content-security-policy"]).toBe("default-src 'none'; frame-ancestors 'none'");
  expect(Number(response?.headers["content-length"])).toBe(Buffer.byteLength(response?.body ?? ""));
  expect(JSON.parse(response?.body ?? "")).toMatchObject({ type: `https://tandem.dev/problems/${code}`, title, status, code, detail: expect.any(String) });
}

function signal() {
  let fire = () => {};
  const fired = new Promise<void>((resolve) => (fire = resolve));
  return { fired, fire: () => fire() };
}

async function listeningApp(database: TestDatabase, prepare: (app: FastifyInstance) => void = () => undefined) {
  const app = await buildApp({ env: readEnv({ NODE_ENV: "test" }), database });
  prepare(app);
  await app.listen({ port: 0, host: "127.0.0.1" });
  const address = app.server.address();
  if (!address || typeof address === "string") throw new Error("The test server has no port.");
  return { app, port: address.port };
}

describe("errors raised before a request exists are problem+json", () => {
  let database: TestDatabase;
  let app: FastifyInstance;
  let port: number;

  beforeAll(async () => {
    database = await createTestDatabase();
    ({ app, port } = await listeningApp(database));
  });
  afterAll(async () => {
    await app?.close();
    await database?.close();
  });

  it("answers a 200 KB query string with 431", async () => {
    const [response] = await send(port, `GET /api/v1/glossary?q=${"x".repeat(200_000)} HTTP/1.1\r\nHost: localhost\r\n\r\n`);
    expectRawProblem(response, 431, "Request header fields too large", "header_fields_too_large");
  });

  it("answers a method HTTP does not know with 501", async () => {
    const [response] = await send(port, "BREW /api/v1/glossary HTTP/1.1\r\nHost: localhost\r\n\r\n");
    expectRawProblem(response, 501, "Not implemented", "method_not_implemented");
  });

  it("answers a malformed header line with 400", async () => {
    const [response] = await send(port, "GET /api/v1/glossary HTTP/1.1\r\nHost: localhost\r\nno colon here\r\n\r\n");
    expectRawProblem(response, 400, "Bad request", "malformed_request");
  });

  it("answers a request that takes too long to arrive with 408", async () => {
    // Node checks its timeouts every 30 seconds; this raises the same event on a real connection at once.
    const connected = new Promise<net.Socket>((resolve) => app.server.once("connection", resolve));
    const responses = exchange(port, (client) => client.write("GET /api/v1/glossary HTTP/1.1\r\n"));
    const timeout = Object.assign(new Error("Request timeout"), { code: "ERR_HTTP_REQUEST_TIMEOUT" });
    app.server.emit("clientError", timeout, await connected);
    expectRawProblem((await responses)[0], 408, "Request timeout", "request_timeout");
  });
});

describe("a request that arrives while the server drains", () => {
  let database: TestDatabase;

  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(async () => {
    await database?.close();
  });

  it("is refused with 503 problem+json, after the request in flight has finished", async () => {
    const slowRequestStarted = signal();
    const slowRequestMayFinish = signal();
    const closeStarted = signal();
    const { app, port } = await listeningApp(database, (instance) => {
      instance.get("/api/test-slow", async () => {
        slowRequestStarted.fire();
        await slowRequestMayFinish.fired;
        return { done: true };
      });
      // Hooks run in the order they were added, so the app's own preClose has run when this one does.
      instance.addHook("preClose", async () => closeStarted.fire());
    });

    const responses = exchange(port, async (socket) => {
      socket.write("GET /api/test-slow HTTP/1.1\r\nHost: localhost\r\n\r\n");
      await slowRequestStarted.fired;
      const closed = app.close();
      await closeStarted.fired;
      // Pipelined on the same kept-alive connection, behind the slow request.
      socket.write("GET /api/v1/glossary HTTP/1.1\r\nHost: localhost\r\n\r\n");
      setTimeout(slowRequestMayFinish.fire, 50);
      await closed;
    });

    const [slow, refused] = await responses;
    expect(slow?.statusLine).toMatch(/^HTTP\/1\.1 200 /);
    expect(refused?.statusLine).toMatch(/^HTTP\/1\.1 503 /);
    expect(refused?.headers["content-type"]).toContain("application/problem+json");
    expect(refused?.headers["connection"]).toBe("close");
    expect(JSON.parse(refused?.body ?? "")).toMatchObject({ status: 503, title: "Service unavailable", code: "shutting_down" });
  });
});
