import { beforeAll, describe, expect, it } from "vitest";
import { as, buildWorkspace, TEST_PASSWORD, type TestWorkspace } from "#tests/factories.ts";
import { CookieClient } from "#tests/session.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

const tokenOf = (acceptUrl: string) => decodeURIComponent(acceptUrl.split("/invite/")[1]!);

describe("invitations", () => {
  const t = useTestApp({ PUBLIC_URL: "https://tandem.example.com/" });
  let ws: TestWorkspace;
  let other: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    other = await buildWorkspace(t.database.db);
  });

  const invite = (email: string, roles: string[] = ["rep"], by = () => ws.members.admin) =>
    as(t.app, by())({ method: "POST", url: "/api/v1/invitations", payload: { email, roles } });

  it("invites a new person, who joins with the roles and is signed in", async () => {
    const created = await invite("New.Rep@Example.com", ["rep", "se"]);
    expect(created.statusCode).toBe(201);
    const body = created.json();
    expect(body).toMatchObject({ email: "new.rep@example.com", roles: ["rep", "se"], status: "pending" });
    expect(body.acceptUrl).toMatch(/^https:\/\/tandem\.example\.com\/invite\/inv_/);
    const token = tokenOf(body.acceptUrl);

    const preview = await t.app.inject({ method: "GET", url: `/api/v1/invitations/accept/${token}` });
    expect(preview.json()).toMatchObject({ email: "new.rep@example.com", existingUser: false, workspace: { slug: ws.slug } });

    const noName = await t.app.inject({ method: "POST", url: `/api/v1/invitations/accept/${token}`, payload: { password: "a fine password" } });
    expect(noName.statusCode).toBe(400);

    const client = new CookieClient(t.app);
    const accepted = await client.request({
      method: "POST",
      url: `/api/v1/invitations/accept/${token}`,
      payload: { name: "Nora Rep", password: "a fine password" },
    });
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toMatchObject({ user: { name: "Nora Rep" }, member: { roles: ["rep", "se"] }, workspace: { id: ws.id } });
    expect((await client.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(200);

    const again = await t.app.inject({ method: "POST", url: `/api/v1/invitations/accept/${token}`, payload: { name: "X", password: "a fine password" } });
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe("invitation_used");

    const list = await as(t.app, ws.members.admin)({ method: "GET", url: "/api/v1/invitations?status=accepted" });
    expect(list.json().items.map((i: { email: string }) => i.email)).toContain("new.rep@example.com");
    expect(JSON.stringify(list.json())).not.toContain(token);
  });

  it("lets a person with a sign-in join a second workspace with their password", async () => {
    const created = await as(t.app, other.members.admin)({
      method: "POST",
      url: "/api/v1/invitations",
      payload: { email: ws.members.pm.email, roles: ["pm"] },
    });
    const token = tokenOf(created.json().acceptUrl);
    const wrong = await t.app.inject({ method: "POST", url: `/api/v1/invitations/accept/${token}`, payload: { password: "wrong password!" } });
    expect(wrong.statusCode).toBe(401);
    const joined = await t.app.inject({ method: "POST", url: `/api/v1/invitations/accept/${token}`, payload: { password: TEST_PASSWORD } });
    expect(joined.statusCode).toBe(200);
    expect(joined.json().workspaces.map((w: { id: string }) => w.id).sort()).toEqual([ws.id, other.id].sort());
  });

  it("refuses to invite an existing member, and only admins may invite", async () => {
    expect((await invite(ws.members.rep.email)).json().code).toBe("already_member");
    const byRep = await invite("someone@example.com", ["rep"], () => ws.members.rep);
    expect(byRep.statusCode).toBe(403);
    const badRole = await invite("someone@example.com", ["owner"]);
    expect(badRole.statusCode).toBe(400);
  });

  it("revokes, expires, and hides invitations of other workspaces", async () => {
    const created = (await invite("later@example.com")).json();
    const foreign = await as(t.app, other.members.admin)({ method: "DELETE", url: `/api/v1/invitations/${created.id}` });
    expect(foreign.statusCode).toBe(404);
    const revoked = await as(t.app, ws.members.admin)({ method: "DELETE", url: `/api/v1/invitations/${created.id}` });
    expect(revoked.statusCode).toBe(204);
    const use = await t.app.inject({ method: "GET", url: `/api/v1/invitations/accept/${tokenOf(created.acceptUrl)}` });
    expect(use.statusCode).toBe(404);

    const expiring = (await invite("expired@example.com")).json();
    await t.database.db.updateTable("invitations").set({ expires_at: "2000-01-01T00:00:00.000Z" }).where("id", "=", expiring.id).execute();
    const expired = await t.app.inject({ method: "GET", url: `/api/v1/invitations/accept/${tokenOf(expiring.acceptUrl)}` });
    expect(expired.statusCode).toBe(410);
    const listed = await as(t.app, ws.members.admin)({ method: "GET", url: "/api/v1/invitations?status=expired" });
    expect(listed.json().items.map((i: { id: string }) => i.id)).toEqual([expiring.id]);

    const otherList = await as(t.app, other.members.admin)({ method: "GET", url: "/api/v1/invitations" });
    expect(otherList.json().items.map((i: { email: string }) => i.email)).not.toContain("later@example.com");
  });

  it("answers unknown or malformed tokens with 4xx", async () => {
    expect((await t.app.inject({ method: "GET", url: "/api/v1/invitations/accept/inv_doesnotexist" })).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/invitations/accept/x" })).statusCode).toBe(400);
  });
});
