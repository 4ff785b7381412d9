import { beforeAll, describe, expect, it } from "vitest";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("personal API tokens", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let other: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    other = await buildWorkspace(t.database.db);
  });

  it("creates a token shown once, which then authenticates, and stores only its hash", async () => {
    const created = await as(t.app, ws.members.rep)({ method: "POST", url: "/api/v1/tokens", payload: { name: "CRM sync" } });
    expect(created.statusCode).toBe(201);
    const { token, id, prefix } = created.json();
    expect(token).toMatch(/^tdm_/);
    expect(token.startsWith(prefix)).toBe(true);
    const session = await t.app.inject({ method: "GET", url: "/api/v1/session", headers: { authorization: `Bearer ${token}` } });
    expect(session.json().member.id).toBe(ws.members.rep.id);

    const stored = await t.database.db.selectFrom("api_tokens").selectAll().where("id", "=", id).executeTakeFirstOrThrow();
    expect(stored.token_hash).not.toContain(token);
    const list = await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/tokens" });
    expect(JSON.stringify(list.json())).not.toContain(token);
    expect(list.json().items.map((i: { name: string }) => i.name)).toContain("CRM sync");
  });

  it("stops a revoked or expired token with 401", async () => {
    const created = (await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/tokens", payload: { name: "short-lived" } })).json();
    const revoked = await as(t.app, ws.members.pm)({ method: "DELETE", url: `/api/v1/tokens/${created.id}` });
    expect(revoked.statusCode).toBe(204);
    const after = await t.app.inject({ method: "GET", url: "/api/v1/members", headers: { authorization: `Bearer ${created.token}` } });
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe("unauthenticated");

    const expiring = (await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/tokens", payload: { name: "expiring", expiresOn: "2999-12-31" } })).json();
    expect(expiring.expiresAt).toBe("2999-12-31T23:59:59.999Z");
    await t.database.db.updateTable("api_tokens").set({ expires_at: "2001-01-01T00:00:00.000Z" }).where("id", "=", expiring.id).execute();
    const expired = await t.app.inject({ method: "GET", url: "/api/v1/members", headers: { authorization: `Bearer ${expiring.token}` } });
    expect(expired.statusCode).toBe(401);
  });

  it("refuses a past expiry day and garbage authorization headers", async () => {
    const past = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/tokens", payload: { name: "old", expiresOn: "2001-01-01" } });
    expect(past.statusCode).toBe(400);
    for (const authorization of ["Bearer", "Basic abc", "Bearer tdm_made_up", "Bearer ' or 1=1 --"]) {
      const response = await t.app.inject({ method: "GET", url: "/api/v1/members", headers: { authorization } });
      expect(response.statusCode).toBe(401);
    }
  });

  it("lets people revoke only their own tokens, admins any in their workspace", async () => {
    const mine = (await as(t.app, ws.members.se)({ method: "POST", url: "/api/v1/tokens", payload: { name: "mine" } })).json();
    expect((await as(t.app, ws.members.rep)({ method: "DELETE", url: `/api/v1/tokens/${mine.id}` })).statusCode).toBe(404);
    expect((await as(t.app, other.members.admin)({ method: "DELETE", url: `/api/v1/tokens/${mine.id}` })).statusCode).toBe(404);
    expect((await as(t.app, ws.members.admin)({ method: "DELETE", url: `/api/v1/tokens/${mine.id}` })).statusCode).toBe(204);
    expect((await as(t.app, ws.members.admin)({ method: "DELETE", url: `/api/v1/tokens/${mine.id}` })).statusCode).toBe(409);
  });
});
