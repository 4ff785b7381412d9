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
