import fs from "node:fs";
import http from "node:http";
import { afterEach, describe, expect, it } from "vitest";
import { startServerProcess, type ServerProcess } from "#tests/server-process.ts";

let server: ServerProcess | null = null;

afterEach(async () => {
  await server?.stop("SIGKILL");
  if (server) fs.rmSync(server.dataDir, { recursive: true, force: true });
  server = null;
});

async function signIn(baseUrl: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/v1/session`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ email: "rep@acme.example", password: "tandem-demo" }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((cookie) => cookie.split(";")[0]).join("; ");
}

/** Opens the notification stream; resolves once its first event has arrived, with a promise of how the stream ended. */
function openStream(baseUrl: string, cookie: string): Promise<{ ended: Promise<"ended" | "aborted">; received: () => string }> {
  return new Promise((resolve, reject) => {
    const request = http.get(`${baseUrl}/api/v1/notifications/stream`, { headers: { cookie } }, (response) => {
      let text = "";
      const ended = new Promise<"ended" | "aborted">((settle) => {
        response.on("end", () => settle("ended"));
        response.on("aborted", () => settle("aborted"));
      });
      response.on("data", (chunk: Buffer) => {
        text += chunk.toString();
        if (text.includes("event: unread")) resolve({ ended, received: () => text });
      });
    });
    request.on("error", reject);
  });
}

describe("SIGTERM", () => {
  it("ends open notification streams, stops the job worker and exits cleanly, well within the 10 s limit", async () => {
    server = await startServerProcess({ NODE_ENV: "development", WORKER_ENABLED: "true", LOG_LEVEL: "info" });
    expect((await fetch(`${server.baseUrl}/api/ready`)).status).toBe(200);
    const stream = await openStream(server.baseUrl, await signIn(server.baseUrl));
    let log = "";
    server.child.stdout.on("data", (chunk: Buffer) => (log += chunk.toString()));

    const exit = server.stop("SIGTERM");
    const limit = new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 10_000).unref());

    expect(await Promise.race([exit, limit])).toBe(0);
    // The server ended the stream itself, with a complete response, rather than the socket being cut.
    expect(await stream.ended).toBe("ended");
    expect(stream.received()).toContain("event: unread");
    expect(log).toContain('"msg":"shutting down"');
    expect(log).toContain('"msg":"job worker stopped"');
  }, 60_000);
});
