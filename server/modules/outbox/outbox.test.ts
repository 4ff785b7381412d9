import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMailer } from "#server/kernel/mail/mailer.ts";
import type { OutboxList, OutboxMessage } from "#shared/contracts/outbox.ts";
import { as, buildMember, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

const HOSTILE_HTML =
  '<p>Hello <strong>there</strong> <a href="https://tandem.example/x" onclick="steal()">open</a> <a href="javascript:alert(1)">bad</a></p>' +
  '<script>alert("x")</script><img src="https://tracker.example/pixel.gif"><iframe src="https://evil.example"></iframe><style>body{}</style>';

describe("outbox (admin API, without SMTP)", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-outbox-"));
  const t = useTestApp({ DATA_DIR: dataDir });
  const mailer = createMailer({ from: "Tandem <tandem@test.example>", dataDir });
  let ws: TestWorkspace;
  let other: TestWorkspace;
  const names: Record<string, string> = {};

  const send = async (key: string, workspaceId: string | null, to: string, subject: string, html = `<p>${subject}</p>`) => {
    const sent = await mailer.send({ to, workspaceId, subject, text: `${subject}\n\nThe text part.`, html }, t.database.db);
    names[key] = path.basename(sent.outboxFile!);
    // The file name carries the time to the millisecond: keep the order plain.
    await new Promise((resolve) => setTimeout(resolve, 3));
  };

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db, { name: "Northwind" });
    other = await buildWorkspace(t.database.db, { name: "Southwind" });
    // A person in both workspaces: each workspace's mail to them stays its own.
    const both = await buildMember(t.database.db, other.id, { roles: ["rep"], userId: ws.members.rep.userId, email: ws.members.rep.email });

    await send("admin", ws.id, ws.members.admin.email, "Welcome, admin", HOSTILE_HTML);
    await send("invitee", ws.id, "Invitee <INVITEE@test.example>", "You are invited");
    await send("foreign", other.id, other.members.admin.email, "Southwind secrets");
    await send("foreignToShared", other.id, both.email, "Southwind to the person in both");
    // The attack: Northwind invites an address of Southwind's; Southwind's mail to it stays Southwind's.
    await send("foreignInvite", other.id, other.members.pm.email, "Join Southwind: https://tandem.example/invitations/accept/inv_x");
    await send("ownToForeign", ws.id, other.members.pm.email, "Northwind invites Southwind's pm");
    await send("noWorkspace", null, ws.members.admin.email, "Reset your password");
    // Written before owners were recorded, or by hand: it belongs to no one.
    const stray = path.join(dataDir, "outbox", "2026-01-01T00-00-00-000Z-stray.test.example.eml");
    fs.writeFileSync(stray, `To: ${ws.members.admin.email}\nSubject: no record\n\nnot listed`);
    names.stray = path.basename(stray);
    fs.writeFileSync(path.join(dataDir, "secret.eml"), `To: ${ws.members.admin.email}\nSubject: outside the outbox\n\nnot here`);
  });

  afterAll(() => {
    mailer.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  const admin = () => as(t.app, ws.members.admin);
  const list = async (query = "") => {
    const response = await admin()({ method: "GET", url: `/api/v1/outbox${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<OutboxList>();
  };

  it("lists, newest first, only the mail this workspace sent, whoever it is addressed to", async () => {
    const listed = await list();
    expect(listed.items.map((item) => item.name)).toEqual([names.ownToForeign, names.invitee, names.admin]);
    expect(listed.more).toBe(false);
    expect(listed.items[2]).toEqual({ name: names.admin, date: expect.any(String), to: ws.members.admin.email, subject: "Welcome, admin" });
    const first = await list("?limit=1");
    expect(first).toEqual({ items: [expect.objectContaining({ name: names.ownToForeign })], more: true });
  });

  it("reads a message, with its HTML part sanitized", async () => {
    const response = await admin()({ method: "GET", url: `/api/v1/outbox/${names.admin}` });
    expect(response.statusCode, response.body).toBe(200);
    const message = response.json<OutboxMessage>();
    expect(message).toMatchObject({
      name: names.admin,
      from: expect.stringContaining("tandem@test.example"),
      to: ws.members.admin.email,
      subject: "Welcome, admin",
      text: expect.stringContaining("The text part."),
    });
    expect(message.html).toContain("<strong>there</strong>");
    expect(message.html).toContain('href="https://tandem.example/x"');
    for (const banned of ["<script", "onclick", "javascript:", "<img", "<iframe", "<style", "tracker.example"]) {
      expect(message.html).not.toContain(banned);
    }
  });

  it("answers 404 for another workspace's mail (also to its own people), mail of no workspace, unrecorded files and missing ones", async () => {
    for (const key of ["foreign", "foreignToShared", "foreignInvite", "noWorkspace", "stray"]) {
      const response = await admin()({ method: "GET", url: `/api/v1/outbox/${names[key]}` });
      expect(response.statusCode, key).toBe(404);
    }
    expect((await admin()({ method: "GET", url: "/api/v1/outbox/nothing-here.eml" })).statusCode).toBe(404);
    // The other workspace's admin sees its own message, and not ours.
    const theirs = await as(t.app, other.members.admin)({ method: "GET", url: "/api/v1/outbox" });
    expect(theirs.json<OutboxList>().items.map((item) => item.name)).toEqual([names.foreignInvite, names.foreignToShared, names.foreign]);
    expect((await as(t.app, other.members.admin)({ method: "GET", url: `/api/v1/outbox/${names.ownToForeign}` })).statusCode).toBe(404);
    expect((await as(t.app, other.members.admin)({ method: "GET", url: `/api/v1/outbox/${names.admin}` })).statusCode).toBe(404);
  });

  it("keeps every read inside the outbox folder", async () => {
    const attempts = [
      "..%2F..%2Fetc%2Fpasswd",
      "..%2Fsecret.eml",
      "..%2F..%2F..%2Fetc%2Fpasswd.eml",
      "a.eml/../../x.eml",
      "%2e%2e%2fsecret.eml",
      "..%5Csecret.eml",
      "passwd",
      (names.admin ?? "x.eml").replace(/\.eml$/, ""),
      `${names.admin}.txt`,
      "%00.eml",
    ];
    for (const attempt of attempts) {
      const response = await admin()({ method: "GET", url: `/api/v1/outbox/${attempt}` });
      expect([400, 404], `${attempt} → ${response.statusCode}`).toContain(response.statusCode);
      expect(response.body).not.toContain("outside the outbox");
    }
    const encoded = await admin()({ method: "GET", url: "/api/v1/outbox/..%2F..%2Fetc%2Fpasswd" });
    expect(encoded.statusCode).toBe(400);
  });

  it("is for admins only", async () => {
    for (const role of ["rep", "pm", "sales_manager"] as const) {
      const member = as(t.app, ws.members[role]);
      expect((await member({ method: "GET", url: "/api/v1/outbox" })).statusCode).toBe(403);
      expect((await member({ method: "GET", url: `/api/v1/outbox/${names.admin}` })).statusCode).toBe(403);
    }
    expect((await t.app.inject({ method: "GET", url: "/api/v1/outbox" })).statusCode).toBe(401);
  });
});

describe("outbox with SMTP configured", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-outbox-smtp-"));
  const t = useTestApp({ DATA_DIR: dataDir, SMTP_URL: "smtp://127.0.0.1:2525" });
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });
  afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

  it("answers 404 outbox_disabled, with a reason", async () => {
    for (const url of ["/api/v1/outbox", "/api/v1/outbox/anything.eml"]) {
      const response = await as(t.app, ws.members.admin)({ method: "GET", url });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: "outbox_disabled", detail: expect.stringContaining("SMTP_URL") });
    }
  });
});
