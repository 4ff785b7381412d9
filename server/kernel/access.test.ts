import { beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "#shared/contracts/common.ts";
import { buildMember, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

// The only routes anyone may call without signing in (besides /api/health and the docs).
const PUBLIC_ROUTES = [
  "POST /api/v1/signup",
  "POST /api/v1/session",
  "GET /api/v1/invitations/accept/:token",
  "POST /api/v1/invitations/accept/:token",
  "POST /api/v1/password-reset",
  "GET /api/v1/password-reset/:token",
  "POST /api/v1/password-reset/:token",
];

const SOME_ID = "0192f0c0-0000-7000-8000-000000000000";
const concrete = (url: string) => url.replace(/:id\b/g, SOME_ID).replace(/:token\b/g, "inv_0000000000000000");

describe("every route declares who may call it", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  it("registers routes, and only the known ones are public", () => {
    expect(t.app.apiRoutes.length).toBeGreaterThan(15);
    const open = t.app.apiRoutes
      .filter((r) => typeof r.access === "object" && "public" in r.access)
      .map((r) => `${r.method} ${r.url}`);
    expect(open.sort()).toEqual([...PUBLIC_ROUTES].sort());
  });

  it("answers 401 to every non-public route called without credentials", async () => {
    const closed = t.app.apiRoutes.filter((r) => !PUBLIC_ROUTES.includes(`${r.method} ${r.url}`));
    for (const route of closed) {
      const response = await t.app.inject({ method: route.method as "GET", url: concrete(route.url), payload: route.method === "GET" || route.method === "DELETE" ? undefined : {} });
      expect(response.statusCode, `${route.method} ${route.url}`).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
  });

  it("answers 403 to a member whose roles the route does not list", async () => {
    for (const route of t.app.apiRoutes) {
      if (!Array.isArray(route.access)) continue;
      const outsider = ROLES.find((role) => !(route.access as readonly string[]).includes(role));
      if (!outsider) continue;
      const response = await t.app.inject({
        method: route.method as "GET",
        url: concrete(route.url),
        headers: { authorization: `Bearer ${ws.members[outsider].token}` },
        payload: route.method === "GET" || route.method === "DELETE" ? undefined : {},
      });
      expect(response.statusCode, `${outsider} → ${route.method} ${route.url}`).toBe(403);
    }
  });

  it("lists every route in the OpenAPI reference with who may call it", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/openapi.json" });
    expect(response.statusCode).toBe(200);
    const document = response.json();
    expect(document.openapi).toBe("3.1.0");
    for (const route of t.app.apiRoutes) {
      const path = route.url.replace(/:(\w+)/g, "{$1}");
      const operation = document.paths[path]?.[route.method.toLowerCase()];
      expect(operation, `${route.method} ${path}`).toBeDefined();
      expect(operation.description).toContain("Who may call");
      expect(operation["x-roles"]).toBeDefined();
    }
  });

  it("documents the body webhooks receive for every event type", async () => {
    const document = (await t.app.inject({ method: "GET", url: "/api/openapi.json" })).json();
    const schema = document.components.schemas["WebhookEvent.service.updated"];
    expect(JSON.stringify(schema.properties.type)).toContain("\"service.updated\"");
    expect(Object.keys(schema.properties.data.properties)).toEqual(["service", "previous"]);
    expect(document.components.schemas["WebhookEvent.invitation.created"].properties.data.properties.invitation.properties).not.toHaveProperty("token");
  });

  it("serves the interactive reference", async () => {
    const response = await t.app.inject({ method: "GET", url: "/api/docs/" });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain("swagger");
  });

  it("lets a member with several roles through any of them", async () => {
    const both = await buildMember(t.database.db, ws.id, { roles: ["rep", "admin"] });
    const response = await t.app.inject({ method: "GET", url: "/api/v1/invitations", headers: { authorization: `Bearer ${both.token}` } });
    expect(response.statusCode).toBe(200);
  });
});
