import { beforeAll, describe, expect, it } from "vitest";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import type { Service } from "#shared/contracts/services.ts";
import { createService, serviceInput } from "./services.fixtures.ts";

describe("services: who may do what, and workspace isolation", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let other: TestWorkspace;
  let service: Service;
  let foreign: Service;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    other = await buildWorkspace(t.database.db);
    service = await createService(t.app, ws.members.pmo, { name: "Shared name" });
    foreign = await createService(t.app, other.members.pmo, { name: "Shared name" });
  });

  it("lets every member read the catalog", async () => {
    for (const role of ["rep", "se", "pm", "sales_manager", "admin", "pmo"] as const) {
      const list = await as(t.app, ws.members[role])({ method: "GET", url: "/api/v1/services" });
      expect(list.statusCode, role).toBe(200);
      const read = await as(t.app, ws.members[role])({ method: "GET", url: `/api/v1/services/${service.id}` });
      expect(read.statusCode, role).toBe(200);
    }
  });

  it("lets only the PMO and admins change the catalog", async () => {
    for (const role of ["rep", "se", "pm", "sales_manager"] as const) {
      const call = as(t.app, ws.members[role]);
      const create = await call({ method: "POST", url: "/api/v1/services", payload: serviceInput() });
      expect(create.statusCode, role).toBe(403);
      expect(create.json()).toMatchObject({ code: "forbidden" });
      const update = await call({ method: "PATCH", url: `/api/v1/services/${service.id}`, payload: { version: 1, name: "x" } });
      expect(update.statusCode, role).toBe(403);
      const remove = await call({ method: "DELETE", url: `/api/v1/services/${service.id}` });
      expect(remove.statusCode, role).toBe(403);
    }
    const byAdmin = await as(t.app, ws.members.admin)({ method: "POST", url: "/api/v1/services", payload: serviceInput() });
    expect(byAdmin.statusCode).toBe(201);
  });

  it("answers 401 without credentials, before looking at the input", async () => {
    const calls = [
      { method: "GET", url: "/api/v1/services" },
      { method: "GET", url: `/api/v1/services/${service.id}` },
      { method: "POST", url: "/api/v1/services", payload: { bogus: true } },
      { method: "PATCH", url: `/api/v1/services/${service.id}`, payload: {} },
      { method: "DELETE", url: `/api/v1/services/${service.id}` },
    ] as const;
    for (const call of calls) {
      const response = await t.app.inject(call);
      expect(response.statusCode, `${call.method} ${call.url}`).toBe(401);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
    const badToken = await t.app.inject({
      method: "GET",
      url: "/api/v1/services",
      headers: { authorization: "Bearer tdm_not-a-real-token" },
    });
    expect(badToken.statusCode).toBe(401);
  });

  it("treats another workspace's service as not found", async () => {
    const call = as(t.app, ws.members.admin);
    const read = await call({ method: "GET", url: `/api/v1/services/${foreign.id}` });
    expect(read.statusCode).toBe(404);
    expect(read.json()).toMatchObject({ code: "not_found" });
    const update = await call({ method: "PATCH", url: `/api/v1/services/${foreign.id}`, payload: { version: 1, name: "Taken over" } });
    expect(update.statusCode).toBe(404);
    const remove = await call({ method: "DELETE", url: `/api/v1/services/${foreign.id}` });
    expect(remove.statusCode).toBe(404);

    const still = await as(t.app, other.members.rep)({ method: "GET", url: `/api/v1/services/${foreign.id}` });
    expect(still.json()).toEqual({ ...foreign, permissions: { update: false, delete: false } });
  });

  it("keeps each workspace's list to itself", async () => {
    const mine = await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/services?limit=200" });
    const ids = mine.json<{ items: Service[] }>().items.map((item) => item.id);
    expect(ids).toContain(service.id);
    expect(ids).not.toContain(foreign.id);

    const theirs = await as(t.app, other.members.rep)({ method: "GET", url: "/api/v1/services?limit=200" });
    expect(theirs.json<{ items: Service[] }>().items.map((item) => item.id)).toEqual([foreign.id]);

    const byForeignOwner = await as(t.app, ws.members.rep)({
      method: "GET",
      url: `/api/v1/services?ownerId=${other.members.pmo.id}`,
    });
    expect(byForeignOwner.json()).toEqual({ items: [], nextCursor: null });
  });

  it("does not accept an owner from another workspace", async () => {
    const response = await as(t.app, ws.members.pmo)({
      method: "POST",
      url: "/api/v1/services",
      payload: serviceInput({ ownerId: other.members.pm.id }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: "validation_failed",
      errors: [{ path: "body.ownerId", message: expect.any(String) }],
    });
    const patch = await as(t.app, ws.members.pmo)({
      method: "PATCH",
      url: `/api/v1/services/${service.id}`,
      payload: { version: service.version, ownerId: other.members.pm.id },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json()).toMatchObject({ errors: [{ path: "body.ownerId" }] });
  });

  it("does not accept a deactivated owner", async () => {
    await t.database.db.updateTable("members").set({ status: "deactivated" }).where("id", "=", ws.members.se.id).execute();
    const response = await as(t.app, ws.members.pmo)({
      method: "POST",
      url: "/api/v1/services",
      payload: serviceInput({ ownerId: ws.members.se.id }),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ errors: [{ path: "body.ownerId" }] });
  });
});
