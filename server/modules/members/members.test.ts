import { beforeAll, describe, expect, it } from "vitest";
import { as, buildMember, buildWorkspace, TEST_PASSWORD, type TestWorkspace } from "#tests/factories.ts";
import { CookieClient } from "#tests/session.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("members", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let other: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db, { name: "Northwind" });
    other = await buildWorkspace(t.database.db, { name: "Southwind" });
  });

  it("lists the workspace's members, sorted, paginated and filtered", async () => {
    const first = await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/members?limit=4" });
    expect(first.statusCode).toBe(200);
    const page1 = first.json();
    expect(page1.items).toHaveLength(4);
    expect(page1.nextCursor).toEqual(expect.any(String));
    const second = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/members?limit=4&cursor=${page1.nextCursor}` });
    const page2 = second.json();
    const names = [...page1.items, ...page2.items].map((m: { name: string }) => m.name);
    expect(names).toHaveLength(6);
    expect(names).toEqual([...names].sort());
    expect(page2.nextCursor).toBeNull();

    const reps = await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/members?role=rep" });
    expect(reps.json().items.map((m: { id: string }) => m.id)).toEqual([ws.members.rep.id]);
    const searched = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/members?q=${encodeURIComponent("NORTHWIND SE")}` });
    expect(searched.json().items.map((m: { id: string }) => m.id)).toEqual([ws.members.se.id]);
  });

  it("treats search text literally and never shows another workspace's members", async () => {
    const search = async (q: string) => {
      const response = await as(t.app, ws.members.admin)({ method: "GET", url: `/api/v1/members?q=${encodeURIComponent(q)}` });
      expect(response.statusCode).toBe(200);
      return response.json().items.map((m: { id: string }) => m.id);
    };
    for (const q of ["%", "' or 1=1 --", "\\", "Southwind"]) expect(await search(q)).toEqual([]);
    // "_" is a wildcard to LIKE; here it matches only the one e-mail that has an underscore.
    expect(await search("_")).toEqual([ws.members.sales_manager.id]);
    const foreign = await as(t.app, ws.members.admin)({ method: "GET", url: `/api/v1/members/${other.members.rep.id}` });
    expect(foreign.statusCode).toBe(404);
  });

  it("rejects a cursor Tandem did not give out", async () => {
    const response = await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/members?cursor=not-a-cursor" });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe("invalid_cursor");
  });

  it("lets an admin change roles with the current version, and answers a stale one with 409", async () => {
    const member = await buildMember(t.database.db, ws.id, { roles: ["pm"] });
    const changed = await as(t.app, ws.members.admin)({
      method: "PATCH",
      url: `/api/v1/members/${member.id}`,
      payload: { version: 1, roles: ["pm", "se"] },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ roles: ["pm", "se"], version: 2 });
    const stale = await as(t.app, ws.members.admin)({
      method: "PATCH",
      url: `/api/v1/members/${member.id}`,
      payload: { version: 1, roles: ["rep"] },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe("stale_version");
    const audit = await t.database.db
      .selectFrom("audit_entries")
      .selectAll()
      .where("record_id", "=", member.id)
      .where("action", "=", "update")
      .execute();
    expect(audit).toHaveLength(1);
    expect(JSON.parse(audit[0]!.before!)).toMatchObject({ roles: ["pm"] });
    expect(JSON.parse(audit[0]!.after!)).toMatchObject({ roles: ["pm", "se"] });
  });

  it("forbids role changes to non-admins and to foreign workspaces", async () => {
    const byPmo = await as(t.app, ws.members.pmo)({ method: "PATCH", url: `/api/v1/members/${ws.members.rep.id}`, payload: { version: 1, roles: ["admin"] } });
    expect(byPmo.statusCode).toBe(403);
    const foreign = await as(t.app, ws.members.admin)({ method: "PATCH", url: `/api/v1/members/${other.members.rep.id}`, payload: { version: 1, roles: ["admin"] } });
    expect(foreign.statusCode).toBe(404);
  });

  it("keeps at least one active admin", async () => {
    const response = await as(t.app, other.members.admin)({
      method: "PATCH",
      url: `/api/v1/members/${other.members.admin.id}`,
      payload: { version: 1, status: "deactivated" },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json().code).toBe("last_admin");
  });

  it("ends a deactivated member's sessions and tokens at once", async () => {
    const member = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    const browser = new CookieClient(t.app);
    expect((await browser.signIn(member.email, TEST_PASSWORD, ws.slug)).statusCode).toBe(200);
    const deactivated = await as(t.app, ws.members.admin)({
      method: "PATCH",
      url: `/api/v1/members/${member.id}`,
      payload: { version: 1, status: "deactivated" },
    });
    expect(deactivated.json().status).toBe("deactivated");
    expect((await browser.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(401);
    expect((await as(t.app, member)({ method: "GET", url: "/api/v1/members" })).statusCode).toBe(401);
    const sessions = await t.database.db.selectFrom("sessions").select("id").where("user_id", "=", member.userId).execute();
    expect(sessions).toEqual([]);

    // The right password and a wrong one get the same answer: no oracle for a deactivated member's password.
    const right = await new CookieClient(t.app).signIn(member.email, TEST_PASSWORD, ws.slug);
    const wrong = await new CookieClient(t.app).signIn(member.email, "not the password at all", ws.slug);
    expect(right.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(401);
    const { instance: _a, ...rightBody } = right.json();
    const { instance: _b, ...wrongBody } = wrong.json();
    expect(rightBody).toEqual(wrongBody);

    // Reactivated, they get back neither the old session nor the old token.
    const reactivated = await as(t.app, ws.members.admin)({ method: "PATCH", url: `/api/v1/members/${member.id}`, payload: { version: 2, status: "active" } });
    expect(reactivated.json().status).toBe("active");
    expect((await browser.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(401);
    expect((await as(t.app, member)({ method: "GET", url: "/api/v1/members" })).statusCode).toBe(401);
    const tokens = await t.database.db.selectFrom("api_tokens").select("revoked_at").where("member_id", "=", member.id).execute();
    expect(tokens).toEqual([{ revoked_at: expect.any(String) }]);
    expect((await new CookieClient(t.app).signIn(member.email, TEST_PASSWORD, ws.slug)).statusCode).toBe(200);
  });
});
