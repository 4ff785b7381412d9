import { describe, expect, it } from "vitest";
import { testDatabaseKind } from "#tests/setup/test-database.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("GET /api/health", () => {
  const t = useTestApp();

  it("answers ok with the database kind and version", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/health" });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: "ok", database: testDatabaseKind(), version: expect.any(String) });
  });

  it("answers unknown routes with a problem", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/v1/nothing-here" });
    expect(response.statusCode).toBe(404);
    expect(response.headers["content-type"]).toContain("application/problem+json");
    expect(response.json()).toMatchObject({ status: 404, code: "route_not_found" });
  });
});

describe("GET /api/ready", () => {
  const t = useTestApp();

  it("answers 503 while the server starts, with only the liveness check answering, and 200 once it is ready", async () => {
    t.app.tandem.lifecycle.phase = "starting";
    try {
      const ready = await t.app.inject({ method: "GET", url: "/api/ready" });
      expect(ready.statusCode).toBe(503);
      expect(ready.headers["content-type"]).toContain("application/problem+json");
      expect(ready.json()).toMatchObject({ status: 503, code: "starting" });
      // Any other API route waits for the migrations too; liveness does not.
      expect((await t.app.inject({ method: "GET", url: "/api/v1/glossary" })).json()).toMatchObject({ code: "starting" });
      expect((await t.app.inject({ method: "GET", url: "/api/health?probe=1" })).statusCode).toBe(200);
    } finally {
      t.app.tandem.lifecycle.phase = "ready";
    }
    const ready = await t.app.inject({ method: "GET", url: "/api/ready" });
    expect(ready.statusCode).toBe(200);
    expect(ready.json()).toEqual({ status: "ready" });
  });

  it("answers 503 shutting_down once the server has begun to close", async () => {
    t.app.tandem.lifecycle.phase = "stopping";
    try {
      const ready = await t.app.inject({ method: "GET", url: "/api/ready" });
      expect(ready.statusCode).toBe(503);
      expect(ready.json()).toMatchObject({ code: "shutting_down" });
    } finally {
      t.app.tandem.lifecycle.phase = "ready";
    }
  });
});
