import { describe, expect, it } from "vitest";
import { useTestApp } from "#tests/setup/test-app.ts";
import { CookieClient } from "#tests/session.ts";

const signUp = (slug: string, email: string) => ({
  workspaceName: `Firm ${slug}`,
  workspaceSlug: slug,
  name: "Ada Admin",
  email,
  password: "a long enough password",
});

describe("sign-up, sign-in, sessions", () => {
  const t = useTestApp();

  it("signs up a workspace whose first member is its admin, with a safe session cookie", async () => {
    const client = new CookieClient(t.app);
    const response = await client.request({ method: "POST", url: "/api/v1/signup", payload: signUp("first-firm", "Ada@Example.com ") });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      user: { email: "ada@example.com", name: "Ada Admin" },
      member: { roles: ["admin"] },
      workspace: { slug: "first-firm" },
      workspaces: [{ slug: "first-firm", roles: ["admin"] }],
    });
    const cookie = response.cookies.find((c) => c.name === "tandem_session");
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: "Lax", path: "/" });
    expect(cookie?.secure).toBeFalsy();

    const session = await client.request({ method: "GET", url: "/api/v1/session" });
    expect(session.statusCode).toBe(200);
    expect(session.json().workspace.slug).toBe("first-firm");
  });

  it("ignores forwarded headers it was not told to trust", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/signup",
      payload: signUp("tls-firm", "tls@example.com"),
      headers: { "x-forwarded-proto": "https" },
    });
    expect(response.statusCode).toBe(201);
    // Without TRUST_PROXY the forwarded header is ignored: plain HTTP, no Secure flag.
    expect(response.cookies.find((c) => c.name === "tandem_session")?.secure).toBeFalsy();
  });

  it("refuses a taken slug or e-mail with 409 and writes nothing", async () => {
    await t.app.inject({ method: "POST", url: "/api/v1/signup", payload: signUp("taken", "owner@example.com") });
    const slug = await t.app.inject({ method: "POST", url: "/api/v1/signup", payload: signUp("taken", "other@example.com") });
    expect(slug.statusCode).toBe(409);
    expect(slug.json()).toMatchObject({ code: "slug_taken", errors: [{ path: "body.workspaceSlug" }] });
    const email = await t.app.inject({ method: "POST", url: "/api/v1/signup", payload: signUp("fresh-slug", "owner@example.com") });
    expect(email.statusCode).toBe(409);
    expect(email.json()).toMatchObject({ code: "email_taken", errors: [{ path: "body.email" }] });
    const users = await t.database.db.selectFrom("users").select("email").where("email", "=", "other@example.com").execute();
    expect(users).toEqual([]);
    const fresh = await t.database.db.selectFrom("workspaces").select("id").where("slug", "=", "fresh-slug").execute();
    expect(fresh).toEqual([]);
  });

  it("validates sign-up fields and names each failing path", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/signup",
      payload: { workspaceName: "", workspaceSlug: "Bad Slug!", name: "x", email: "not-an-email", password: "short", extra: 1 },
    });
    expect(response.statusCode).toBe(400);
    const paths = response.json().errors.map((e: { path: string }) => e.path);
    expect(paths).toEqual(expect.arrayContaining(["body.workspaceName", "body.workspaceSlug", "body.email", "body.password"]));
  });

  it("signs in and out; a wrong password and an unknown e-mail get the same answer", async () => {
    await t.app.inject({ method: "POST", url: "/api/v1/signup", payload: signUp("signin-firm", "sam@example.com") });
    const wrong = await new CookieClient(t.app).signIn("sam@example.com", "not the password");
    const unknown = await new CookieClient(t.app).signIn("nobody@example.com", "not the password");
    expect(wrong.statusCode).toBe(401);
    expect(unknown.statusCode).toBe(401);
    expect(wrong.json().detail).toBe(unknown.json().detail);

    const client = new CookieClient(t.app);
    expect((await client.signIn("SAM@example.com", "a long enough password")).statusCode).toBe(200);
    const out = await client.request({ method: "DELETE", url: "/api/v1/session" });
    expect(out.statusCode).toBe(204);
    expect((await client.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(401);
  });

  it("rejects a cookie-authenticated write without the session's CSRF token", async () => {
    const client = new CookieClient(t.app);
    await client.request({ method: "POST", url: "/api/v1/signup", payload: signUp("csrf-firm", "csrf@example.com") });
    const forged = await t.app.inject({
      method: "POST",
      url: "/api/v1/workspaces",
      payload: { name: "Sneaky", slug: "sneaky" },
      headers: { cookie: client.cookie, "x-csrf-token": "guess" },
    });
    expect(forged.statusCode).toBe(403);
    const created = await client.request({ method: "POST", url: "/api/v1/workspaces", payload: { name: "Second", slug: "csrf-second" } });
    expect(created.statusCode).toBe(201);
  });

  it("lets a person belong to several workspaces and switch between them", async () => {
    const client = new CookieClient(t.app);
    await client.request({ method: "POST", url: "/api/v1/signup", payload: signUp("switch-one", "switch@example.com") });
    const second = await client.request({ method: "POST", url: "/api/v1/workspaces", payload: { name: "Two", slug: "switch-two" } });
    expect(second.json()).toMatchObject({ slug: "switch-two", roles: ["admin"] });
    const switched = await client.request({ method: "PUT", url: "/api/v1/session/workspace", payload: { workspaceId: second.json().id } });
    expect(switched.statusCode).toBe(200);
    expect(switched.json().workspace.slug).toBe("switch-two");
    expect(switched.json().workspaces.map((w: { slug: string }) => w.slug)).toEqual(["switch-one", "switch-two"]);

    const stranger = await t.app.inject({ method: "POST", url: "/api/v1/signup", payload: signUp("not-yours", "stranger@example.com") });
    const foreign = await client.request({
      method: "PUT",
      url: "/api/v1/session/workspace",
      payload: { workspaceId: stranger.json().workspace.id },
    });
    expect(foreign.statusCode).toBe(404);
  });

  it("signs in to a chosen workspace by slug", async () => {
    const client = new CookieClient(t.app);
    await client.request({ method: "POST", url: "/api/v1/signup", payload: signUp("pick-one", "pick@example.com") });
    await client.request({ method: "POST", url: "/api/v1/workspaces", payload: { name: "Pick two", slug: "pick-two" } });
    const response = await new CookieClient(t.app).signIn("pick@example.com", "a long enough password", "pick-two");
    expect(response.json().workspace.slug).toBe("pick-two");
  });
});

describe("sign-in rate limit", () => {
  const t = useTestApp({ SIGN_IN_RATE_LIMIT: "3" });

  it("answers 429 as a problem after too many attempts for one e-mail", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) {
      const response = await new CookieClient(t.app).signIn("victim@example.com", "guess number " + i);
      statuses.push(response.statusCode);
    }
    expect(statuses).toEqual([401, 401, 401, 429, 429]);
    const limited = await new CookieClient(t.app).signIn("victim@example.com", "guess");
    expect(limited.headers["content-type"]).toContain("application/problem+json");
    expect(limited.json().code).toBe("rate_limited");
  });
});

describe("behind a TLS-terminating proxy", () => {
  const t = useTestApp({ TRUST_PROXY: "true" });

  it("marks the session cookie Secure", async () => {
    const response = await t.app.inject({
      method: "POST",
      url: "/api/v1/signup",
      payload: signUp("proxied-firm", "proxied@example.com"),
      headers: { "x-forwarded-proto": "https" },
    });
    expect(response.statusCode).toBe(201);
    expect(response.cookies.find((c) => c.name === "tandem_session")?.secure).toBe(true);
  });
});
