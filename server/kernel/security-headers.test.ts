import { describe, expect, it } from "vitest";
import { useTestApp } from "#tests/setup/test-app.ts";

const directives = (header: unknown) =>
  Object.fromEntries(
    String(header)
      .split(";")
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name, values]),
  );

describe("security headers", () => {
  const t = useTestApp();

  it("sends a CSP with no inline script and no eval, no framing, no Referer, no sniffing, on API answers and errors alike", async () => {
    for (const url of ["/api/health", "/api/v1/no-such-route", "/api/openapi.json"]) {
      const response = await t.app.inject({ method: "GET", url });
      const csp = directives(response.headers["content-security-policy"]);
      expect(csp["script-src"], url).toEqual(["'self'"]);
      expect(csp["script-src-attr"]).toEqual(["'none'"]);
      expect(csp["frame-ancestors"]).toEqual(["'none'"]);
      expect(csp["object-src"]).toEqual(["'none'"]);
      expect(String(response.headers["content-security-policy"])).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["referrer-policy"]).toBe("no-referrer");
      // Plain HTTP: HSTS would be ignored by browsers, and is not sent.
      expect(response.headers["strict-transport-security"]).toBeUndefined();
    }
  });

  it("sends them too on what the router refuses before any hook runs", async () => {
    for (const url of ["/api/v1/services/%E0%A4%A", `/api/v1/services/${"a".repeat(150)}`]) {
      const response = await t.app.inject({ method: "GET", url });
      expect(response.statusCode, url).toBeGreaterThanOrEqual(400);
      expect(response.headers["content-type"]).toContain("application/problem+json");
      expect(response.headers["x-content-type-options"]).toBe("nosniff");
      expect(response.headers["x-frame-options"]).toBe("DENY");
      expect(response.headers["content-security-policy"]).toContain("frame-ancestors 'none'");
    }
  });

  it("keeps the API reference page working: its scripts are files of its own origin", async () => {
    const page = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-security-policy"]).toContain("script-src 'self'");
    const scripts = [...page.body.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)];
    expect(scripts.length).toBeGreaterThan(0);
    for (const [, attributes, body] of scripts) {
      expect(attributes).toMatch(/src="[^"]+"/);
      expect(body?.trim()).toBe("");
    }
    const initializer = await t.app.inject({ method: "GET", url: "/api/docs/static/swagger-initializer.js" });
    expect(initializer.statusCode).toBe(200);
  });
});

describe("security headers behind TLS", () => {
  const t = useTestApp({ TRUST_PROXY: "true" });

  it("sends HSTS when the request came over HTTPS", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health", headers: { "x-forwarded-proto": "https" } });
    expect(response.headers["strict-transport-security"]).toBe("max-age=31536000; includeSubDomains");
  });
});
