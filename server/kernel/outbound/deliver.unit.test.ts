import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deliverWebhook } from "./deliver.ts";
import { isPublicAddress } from "./safe-target.ts";

/** Verifies a signature with WebCrypto: an implementation independent of the one that signed. */
async function verify(secret: string, header: string, body: string): Promise<boolean> {
  const parts = Object.fromEntries(header.split(",").map((part) => part.split("=") as [string, string]));
  const key = await crypto.subtle.importKey("raw", new TextEncoder().encode(secret), { name: "HMAC", hash: "SHA-256" }, false, ["verify"]);
  const mac = Uint8Array.from(Buffer.from(parts.v1 ?? "", "hex"));
  return crypto.subtle.verify("HMAC", key, mac, new TextEncoder().encode(`${parts.t}.${body}`));
}

describe("webhook delivery", () => {
  const received: Array<{ headers: http.IncomingHttpHeaders; body: string }> = [];
  let answer = 200;
  let delayMs = 0;
  const server = http.createServer((request, response) => {
    let body = "";
    request.on("data", (chunk) => (body += chunk));
    request.on("end", () => {
      received.push({ headers: request.headers, body });
      setTimeout(() => response.writeHead(answer).end(answer === 200 ? "thanks" : "x".repeat(2000)), delayMs);
    });
  });
  let url = "";

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/tandem`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const request = (overrides: Partial<Parameters<typeof deliverWebhook>[0]> = {}) =>
    deliverWebhook({
      url,
      secret: "whsec_test",
      eventType: "service.updated",
      deliveryId: "d1",
      body: JSON.stringify({ type: "service.updated", data: { name: "Cloud migration" } }),
      allowPrivateTargets: true,
      ...overrides,
    });

  it("signs the body with the timestamp, and the receiver can verify it", async () => {
    const result = await request({ now: () => 1_800_000_000_000 });
    expect(result).toMatchObject({ ok: true, status: 200, excerpt: "thanks" });
    const delivery = received.at(-1)!;
    expect(delivery.headers["tandem-event"]).toBe("service.updated");
    const signature = String(delivery.headers["tandem-signature"]);
    expect(signature).toMatch(/^t=1800000000,v1=[0-9a-f]{64}$/);
    expect(await verify("whsec_test", signature, delivery.body)).toBe(true);
    expect(await verify("whsec_other", signature, delivery.body)).toBe(false);
    expect(await verify("whsec_test", signature, delivery.body.replace("Cloud", "Fog"))).toBe(false);
  });

  it("reports a failing answer with its status and a short excerpt", async () => {
    answer = 500;
    const result = await request();
    answer = 200;
    expect(result).toMatchObject({ ok: false, status: 500 });
    expect(result.excerpt).toHaveLength(500);
  });

  it("gives up after the timeout", async () => {
    delayMs = 500;
    const result = await request({ timeoutMs: 100 });
    delayMs = 0;
    expect(result).toMatchObject({ ok: false, status: null });
    expect(result.excerpt).toContain("No answer within 100 ms");
  });

  it("refuses loopback and private targets unless allowed, and non-http URLs always", async () => {
    const before = received.length;
    for (const target of [url, "http://localhost:9/x", "http://[::1]:9/", "http://169.254.169.254/latest/meta-data", "http://10.0.0.1/"]) {
      const result = await request({ url: target, allowPrivateTargets: false });
      expect(result.ok, target).toBe(false);
      expect(result.status, target).toBeNull();
      expect(result.excerpt, target).toMatch(/not a public address/);
    }
    for (const target of ["file:///etc/passwd", "ftp://example.com/", "http://user:pw@example.com/", "not a url"]) {
      expect((await request({ url: target })).ok, target).toBe(false);
    }
    expect(received.length).toBe(before);
  });

  it("classifies addresses", () => {
    expect(isPublicAddress("93.184.216.34")).toBe(true);
    for (const address of ["127.0.0.1", "10.1.2.3", "172.16.0.1", "192.168.1.1", "169.254.169.254", "::1", "fc00::1", "::ffff:127.0.0.1", "0.0.0.0"]) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });
});
