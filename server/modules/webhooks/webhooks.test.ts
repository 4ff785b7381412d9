import { beforeAll, describe, expect, it } from "vitest";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("webhooks: registering endpoints", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const admin = () => as(t.app, ws.members.admin);
  const create = (payload: object) => admin()({ method: "POST", url: "/api/v1/webhooks", payload });

  it("registers a webhook and shows its signing secret once", async () => {
    const created = await create({ url: "https://crm.example.com/hooks/tandem", eventTypes: ["service.updated"], description: "CRM sync" });
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ active: true, eventTypes: ["service.updated"], version: 1 });
    expect(body.secret).toMatch(/^whsec_/);
    expect(body.secretHint).toBe(`…${body.secret.slice(-4)}`);

    const read = await admin()({ method: "GET", url: `/api/v1/webhooks/${body.id}` });
    expect(read.json()).not.toHaveProperty("secret");
    const audit = await t.database.db.selectFrom("audit_entries").select(["after"]).where("record_id", "=", body.id).execute();
    expect(JSON.stringify(audit)).not.toContain(body.secret);

    const rotated = await admin()({ method: "POST", url: `/api/v1/webhooks/${body.id}/secret` });
    expect(rotated.json().secret).not.toBe(body.secret);
    expect(rotated.json().version).toBe(2);
  });

  it("pauses, edits with versions, and deletes", async () => {
    const { id } = (await create({ url: "https://erp.example.com/in", eventTypes: ["*"] })).json();
    const paused = await admin()({ method: "PATCH", url: `/api/v1/webhooks/${id}`, payload: { version: 1, active: false } });
    expect(paused.json()).toMatchObject({ active: false, version: 2 });
    const stale = await admin()({ method: "PATCH", url: `/api/v1/webhooks/${id}`, payload: { version: 1, description: "x" } });
    expect(stale.statusCode).toBe(409);
    expect((await admin()({ method: "DELETE", url: `/api/v1/webhooks/${id}` })).statusCode).toBe(204);
    expect((await admin()({ method: "GET", url: `/api/v1/webhooks/${id}` })).statusCode).toBe(404);
  });

  it("refuses URLs that are not http(s), and private targets unless the workspace allows them", async () => {
    for (const url of ["ftp://example.com/x", "javascript:alert(1)", "not a url", "file:///etc/passwd", "https://user:pw@crm.example.com/hook", "https://token@crm.example.com/hook", "https://:pw@crm.example.com/hook"]) {
      const response = await create({ url, eventTypes: ["*"] });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors[0].path).toBe("body.url");
      expect(response.body, url).not.toContain("pw@");
    }
    for (const url of ["http://127.0.0.1:8080/hook", "http://localhost/hook", "http://10.0.0.5/hook", "http://[::1]/hook", "http://169.254.169.254/latest"]) {
      const response = await create({ url, eventTypes: ["*"] });
      expect(response.statusCode, url).toBe(400);
      expect(response.json().errors[0]).toMatchObject({ path: "body.url", message: expect.stringContaining("settings") });
    }
    await admin()({ method: "PATCH", url: "/api/v1/settings", payload: { version: 1, allowPrivateWebhookTargets: true } });
    expect((await create({ url: "http://127.0.0.1:8080/hook", eventTypes: ["*"] })).statusCode).toBe(201);
  });

  it("refuses unknown event types, and is for admins only", async () => {
    const unknown = await create({ url: "https://example.com/h", eventTypes: ["deal.won"] });
    expect(unknown.statusCode).toBe(400);
    const byPmo = await as(t.app, ws.members.pmo)({ method: "GET", url: "/api/v1/webhooks" });
    expect(byPmo.statusCode).toBe(403);
  });

  it("lists webhooks newest first, and an empty delivery log for a new one", async () => {
    const list = await admin()({ method: "GET", url: "/api/v1/webhooks?limit=2" });
    expect(list.json().items).toHaveLength(2);
    const first = list.json().items[0];
    const deliveries = await admin()({ method: "GET", url: `/api/v1/webhooks/${first.id}/deliveries` });
    expect(deliveries.json()).toEqual({ items: [], nextCursor: null });
  });
});
