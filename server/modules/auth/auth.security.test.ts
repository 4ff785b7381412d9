import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { simpleParser } from "mailparser";
import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "#server/kernel/ids.ts";
import { as, buildWorkspace, TEST_PASSWORD, type TestWorkspace } from "#tests/factories.ts";
import { CookieClient } from "#tests/session.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { backoffSeconds } from "./auth.throttle.ts";

const signInFrom = (t: { app: Parameters<typeof as>[0] }, remoteAddress: string, email: string, password: string) =>
  t.app.inject({ method: "POST", url: "/api/v1/session", remoteAddress, payload: { email, password } });

describe("password spraying and guessing", () => {
  const t = useTestApp({ SIGN_IN_FAILURES_PER_ADDRESS: "20" });
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  it("limits failed sign-ins per client address across e-mails, and only that address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i++) statuses.push((await signInFrom(t, "203.0.113.7", `person${i}@spray.example`, "Winter2026!")).statusCode);
    expect(statuses.slice(0, 20)).toEqual(Array(20).fill(401));
    expect(statuses.slice(20)).toEqual(Array(10).fill(429));
    const limited = await signInFrom(t, "203.0.113.7", ws.members.rep.email, TEST_PASSWORD);
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["content-type"]).toContain("application/problem+json");
    expect(limited.json().code).toBe("sign_in_limited");
    expect(Number(limited.headers["retry-after"])).toBeGreaterThan(0);
    // Another address is not affected.
    expect((await signInFrom(t, "198.51.100.20", ws.members.rep.email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it("backs an account off after five failures, without locking the real person out", async () => {
    const email = ws.members.pm.email;
    for (let i = 0; i < 5; i++) expect((await signInFrom(t, "192.0.2.1", email, `guess ${i}`)).statusCode).toBe(401);
    const delayed = await signInFrom(t, "192.0.2.1", email, TEST_PASSWORD);
    expect(delayed.statusCode).toBe(429);
    expect(delayed.json().code).toBe("sign_in_delayed");
    expect(Number(delayed.headers["retry-after"])).toBeLessThanOrEqual(2);

    // An attacker kept going from one address: twelve failures, the last 31 seconds ago.
    const at = (secondsAgo: number) => new Date(Date.now() - secondsAgo * 1000).toISOString();
    await t.database.db.deleteFrom("sign_in_failures").where("email", "=", email).execute();
    await t.database.db
      .insertInto("sign_in_failures")
      .values(Array.from({ length: 12 }, (_, i) => ({ id: newId(), email, address: "192.0.2.1", at: at(31 + 12 - i) })))
      .execute();
    const attacker = await signInFrom(t, "192.0.2.1", email, "one more guess");
    expect(attacker.statusCode).toBe(429);
    expect(Number(attacker.headers["retry-after"])).toBeGreaterThan(200);
    // The real person, from their own address, waits at most 30 seconds: these have passed.
    const real = await signInFrom(t, "198.51.100.99", email, TEST_PASSWORD);
    expect(real.statusCode, real.body).toBe(200);
    // A successful sign-in forgets the failures.
    expect(await t.database.db.selectFrom("sign_in_failures").select("id").where("email", "=", email).execute()).toEqual([]);
  });

  it("doubles the delay, capped by where the attempt comes from", () => {
    expect([4, 5, 6, 7, 8].map((n) => backoffSeconds(n, true))).toEqual([0, 2, 4, 8, 16]);
    expect(backoffSeconds(40, true)).toBe(900);
    expect(backoffSeconds(40, false)).toBe(30);
  });
});

describe("password reset", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-reset-"));
  const t = useTestApp({ DATA_DIR: dataDir });
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const outbox = path.join(dataDir, "outbox");
  const mails = () => (fs.existsSync(outbox) ? fs.readdirSync(outbox).sort() : []);
  /** The link of the newest reset e-mail, once it is written (it goes out after the answer). */
  const newestLink = async (count: number): Promise<string> => {
    for (let attempt = 0; attempt < 100 && mails().length < count; attempt++) await new Promise((resolve) => setTimeout(resolve, 20));
    const mail = await simpleParser(fs.readFileSync(path.join(outbox, mails().at(-1)!)));
    return /\/reset-password\/(rst_[A-Za-z0-9_-]+)/.exec(mail.text ?? "")![1]!;
  };
  const ask = (email: string, remoteAddress = "127.0.0.1") =>
    t.app.inject({ method: "POST", url: "/api/v1/password-reset", remoteAddress, payload: { email } });
  const complete = (token: string, password: string) =>
    t.app.inject({ method: "POST", url: `/api/v1/password-reset/${token}`, payload: { password } });

  it("answers the same whether the e-mail has an account or not, and e-mails only the account", async () => {
    const unknown = await ask("nobody-here@test.example");
    const known = await ask(ws.members.rep.email.toUpperCase());
    expect(unknown.statusCode).toBe(202);
    expect(known.statusCode).toBe(202);
    expect(unknown.body).toBe(known.body);
    const token = await newestLink(1);
    expect(mails()).toHaveLength(1);
    // The e-mail belongs to no workspace: no admin's outbox lists it.
    const listed = await as(t.app, ws.members.admin)({ method: "GET", url: "/api/v1/outbox" });
    expect(listed.json().items).toEqual([]);
    const stored = await t.database.db.selectFrom("password_resets").select("token_hash").execute();
    expect(JSON.stringify(stored)).not.toContain(token);
  });

  it("sets a new password once, ends every session and nothing else", async () => {
    const browser = new CookieClient(t.app);
    expect((await browser.signIn(ws.members.pm.email, TEST_PASSWORD)).statusCode).toBe(200);
    const before = mails().length;
    await ask(ws.members.pm.email);
    const token = await newestLink(before + 1);

    const preview = await t.app.inject({ method: "GET", url: `/api/v1/password-reset/${token}` });
    expect(preview.json()).toEqual({ email: ws.members.pm.email, expiresAt: expect.any(String) });
    expect((await complete(token, "short")).statusCode).toBe(400);
    const done = await complete(token, "a brand new passphrase");
    expect(done.statusCode, done.body).toBe(204);
    expect(done.cookies).toEqual([]);

    expect((await browser.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(401);
    expect((await as(t.app, ws.members.pm)({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(200);
    expect((await new CookieClient(t.app).signIn(ws.members.pm.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await new CookieClient(t.app).signIn(ws.members.pm.email, "a brand new passphrase")).statusCode).toBe(200);

    const again = await complete(token, "yet another passphrase");
    expect(again.statusCode).toBe(410);
    expect(again.json().code).toBe("reset_link_used");
    const audit = await t.database.db.selectFrom("audit_entries").select("summary").where("workspace_id", "=", ws.id).where("record_id", "=", ws.members.pm.id).execute();
    expect(audit.map((entry) => entry.summary)).toContain(`${ws.members.pm.name} set a new password with an e-mailed link; every session ended`);
  });

  it("honours only the newest link, for an hour; an unknown link is not found", async () => {
    const email = ws.members.se.email;
    let count = mails().length;
    await ask(email);
    const first = await newestLink(++count);
    await ask(email);
    const second = await newestLink(++count);
    expect((await complete(first, "a brand new passphrase")).json().code).toBe("reset_link_used");
    await t.database.db.updateTable("password_resets").set({ expires_at: new Date(Date.now() - 1000).toISOString() }).where("used_at", "is", null).execute();
    const expired = await complete(second, "a brand new passphrase");
    expect(expired.statusCode).toBe(410);
    expect(expired.json().code).toBe("reset_link_expired");
    expect((await complete("rst_not-a-link-anyone-was-sent", "a brand new passphrase")).statusCode).toBe(404);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/password-reset/x" })).statusCode).toBe(400);
  });

  it("lifts a sign-in back-off", async () => {
    const email = ws.members.sales_manager.email;
    for (let i = 0; i < 6; i++) await signInFrom(t, "192.0.2.50", email, `guess ${i}`);
    expect((await signInFrom(t, "192.0.2.50", email, TEST_PASSWORD)).statusCode).toBe(429);
    const count = mails().length;
    await ask(email);
    expect((await complete(await newestLink(count + 1), "a brand new passphrase")).statusCode).toBe(204);
    expect((await signInFrom(t, "192.0.2.50", email, "a brand new passphrase")).statusCode).toBe(200);
  });

  it("limits reset e-mails per client address", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await ask(`flood${i}@test.example`, "203.0.113.99")).statusCode);
    expect(statuses.slice(0, 10)).toEqual(Array(10).fill(202));
    expect(statuses.slice(10)).toEqual([429, 429]);
  });
});

describe("session hygiene", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  it("starts a new session at every sign-in and ends the one the browser held", async () => {
    const browser = new CookieClient(t.app);
    await browser.signIn(ws.members.rep.email, TEST_PASSWORD);
    const first = browser.cookie;
    await browser.signIn(ws.members.rep.email, TEST_PASSWORD);
    expect(browser.cookie).not.toBe(first);
    expect((await t.app.inject({ method: "GET", url: "/api/v1/session", headers: { cookie: first } })).statusCode).toBe(401);
    expect((await browser.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(200);
  });

  it("signs out everywhere: every session of the person ends, API tokens keep working", async () => {
    const laptop = new CookieClient(t.app);
    const phone = new CookieClient(t.app);
    await laptop.signIn(ws.members.se.email, TEST_PASSWORD);
    await phone.signIn(ws.members.se.email, TEST_PASSWORD);
    const other = new CookieClient(t.app);
    await other.signIn(ws.members.pm.email, TEST_PASSWORD);

    const out = await laptop.request({ method: "DELETE", url: "/api/v1/sessions" });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((cookie) => cookie.name === "tandem_session")?.value).toBe("");
    expect((await laptop.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(401);
    expect((await phone.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(401);
    expect((await other.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(200);
    expect((await as(t.app, ws.members.se)({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(200);
    expect((await t.app.inject({ method: "DELETE", url: "/api/v1/sessions" })).statusCode).toBe(401);
  });

  it("ends a session left idle past the workspace's setting, and pushes the end forward while it is used", async () => {
    const settings = await as(t.app, ws.members.admin)({ method: "PATCH", url: "/api/v1/settings", payload: { version: 1, sessionIdleMinutes: 15 } });
    expect(settings.statusCode, settings.body).toBe(200);
    expect((await as(t.app, ws.members.admin)({ method: "PATCH", url: "/api/v1/settings", payload: { version: 2, sessionIdleMinutes: 5 } })).statusCode).toBe(400);

    const browser = new CookieClient(t.app);
    await browser.signIn(ws.members.sales_manager.email, TEST_PASSWORD);
    const sessions = () => t.database.db.selectFrom("sessions").selectAll().where("user_id", "=", ws.members.sales_manager.userId).execute();
    const [session] = await sessions();
    const idleMinutes = (Date.parse(session!.idle_expires_at) - Date.parse(session!.last_seen_at)) / 60_000;
    expect(idleMinutes).toBe(15);

    // Used two minutes after it was last seen: the idle end moves to now + 15 minutes.
    const earlier = new Date(Date.now() - 120_000).toISOString();
    await t.database.db.updateTable("sessions").set({ last_seen_at: earlier, idle_expires_at: new Date(Date.now() + 60_000).toISOString() }).where("id", "=", session!.id).execute();
    expect((await browser.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(200);
    const [touched] = await sessions();
    expect(Date.parse(touched!.idle_expires_at)).toBeGreaterThan(Date.now() + 14 * 60_000);

    // Left idle past it: signed out, though the absolute end is days away.
    await t.database.db.updateTable("sessions").set({ idle_expires_at: new Date(Date.now() - 1000).toISOString() }).where("id", "=", session!.id).execute();
    expect((await browser.request({ method: "GET", url: "/api/v1/session" })).statusCode).toBe(401);
  });
});
