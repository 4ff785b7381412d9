import fs from "node:fs";
import http from "node:http";
import type { AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { simpleParser, type ParsedMail } from "mailparser";
import { beforeAll, describe, expect, it } from "vitest";
import { jobHandlers } from "#server/kernel/jobs/runtime.ts";
import { enqueueJob } from "#server/kernel/jobs/queue.ts";
import { JobWorker } from "#server/kernel/jobs/worker.ts";
import { as, buildMember, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { NOTIFICATION_DIGEST_JOB } from "./notifications.jobs.ts";
import { notify } from "./notifications.service.ts";
import { newId } from "#server/kernel/ids.ts";
import { insertNotification } from "./notifications.repository.ts";
import { openStreams } from "./notifications.stream.ts";

const PUBLIC_URL = "https://tandem.example.com";
const hostile = `<b>Tom & "Jerry"</b>`;

describe("notifications", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-notifications-"));
  const t = useTestApp({ DATA_DIR: dataDir, PUBLIC_URL, NOTIFICATION_POLL_MS: "50" });
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const runJobs = () => new JobWorker({ database: t.database, handlers: jobHandlers(t.app.tandem.env), backoff: () => 0, pollMs: 5 }).drain();

  async function mailsTo(email: string): Promise<ParsedMail[]> {
    const dir = path.join(dataDir, "outbox");
    if (!fs.existsSync(dir)) return [];
    const mails = await Promise.all(fs.readdirSync(dir).map((file) => simpleParser(fs.readFileSync(path.join(dir, file)))));
    return mails.filter((mail) => [mail.to ?? []].flat().some((to) => to.text.includes(email)));
  }

  const inbox = async (member: TestMember, query = "") => (await as(t.app, member)({ method: "GET", url: `/api/v1/notifications${query}` })).json();
  const unread = async (member: TestMember) => (await as(t.app, member)({ method: "GET", url: "/api/v1/notifications/unread-count" })).json().unread;
  const setChannel = (member: TestMember, kind: string, channel: string) =>
    as(t.app, member)({ method: "PUT", url: "/api/v1/notification-preferences", payload: { preferences: [{ kind, channel }] } });

  async function newService(by: TestMember, name: string) {
    const response = await as(t.app, by)({
      method: "POST",
      url: "/api/v1/services",
      payload: { name, durationMinWeeks: 2, durationMaxWeeks: 4, leadTimeWeeks: 1 },
    });
    expect(response.statusCode).toBe(201);
    return response.json() as { id: string; version: number };
  }

  const tell = (member: TestMember, title: string) =>
    notify(t.database.db, { workspaceId: member.workspaceId, memberIds: [member.id], kind: "catalog.changed", title, body: `${title} body`, link: "/services" });

  it("lists the caller's inbox newest first, filters unread, marks read and all read", async () => {
    const me = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    for (const title of ["first", "second", "third"]) await tell(me, title);

    const page = await inbox(me, "?limit=2");
    expect(page.items.map((n: { title: string }) => n.title)).toEqual(["third", "second"]);
    expect(page.items[0]).toMatchObject({ kind: "catalog.changed", link: "/services", readAt: null, body: "third body" });
    const rest = await inbox(me, `?limit=2&cursor=${page.nextCursor}`);
    expect(rest.items.map((n: { title: string }) => n.title)).toEqual(["first"]);
    expect(rest.nextCursor).toBeNull();
    expect(await unread(me)).toBe(3);

    const read = await as(t.app, me)({ method: "POST", url: `/api/v1/notifications/${page.items[0].id}/read` });
    expect(read.statusCode).toBe(200);
    expect(read.json().readAt).not.toBeNull();
    expect(await unread(me)).toBe(2);
    expect((await inbox(me, "?unread=true")).items.map((n: { title: string }) => n.title)).toEqual(["second", "first"]);

    const all = await as(t.app, me)({ method: "POST", url: "/api/v1/notifications/read-all" });
    expect(all.json()).toEqual({ unread: 0 });
    expect(await unread(me)).toBe(0);
    expect((await inbox(me, "?unread=true")).items).toEqual([]);
    expect((await inbox(me)).items).toHaveLength(3);
  });

  it("keeps each inbox to its member: another member's notification is 404 and never listed", async () => {
    const owner = await buildMember(t.database.db, ws.id, { roles: ["se"] });
    const other = await buildMember(t.database.db, ws.id, { roles: ["se", "admin"] });
    const [notification] = await tell(owner, "only for the owner");
    const response = await as(t.app, other)({ method: "POST", url: `/api/v1/notifications/${notification!.id}/read` });
    expect(response.statusCode).toBe(404);
    expect((await inbox(other)).items).toEqual([]);
    expect(await unread(other)).toBe(0);
    await as(t.app, other)({ method: "POST", url: "/api/v1/notifications/read-all" });
    expect(await unread(owner)).toBe(1);
  });

  it("shows every kind's channel with defaults, saves changes, refuses unknown kinds and channels", async () => {
    const me = await buildMember(t.database.db, ws.id, { roles: ["pm"] });
    const defaults = (await as(t.app, me)({ method: "GET", url: "/api/v1/notification-preferences" })).json();
    expect(defaults.items).toContainEqual(expect.objectContaining({ kind: "catalog.changed", channel: "in_app", defaultChannel: "in_app" }));
    expect(defaults.items).toContainEqual(expect.objectContaining({ kind: "account.roles_changed", channel: "email" }));

    const saved = await setChannel(me, "catalog.changed", "digest");
    expect(saved.statusCode).toBe(200);
    expect(saved.json().items).toContainEqual(expect.objectContaining({ kind: "catalog.changed", channel: "digest", defaultChannel: "in_app" }));
    const again = (await as(t.app, me)({ method: "GET", url: "/api/v1/notification-preferences" })).json();
    expect(again.items).toContainEqual(expect.objectContaining({ kind: "catalog.changed", channel: "digest" }));

    expect((await setChannel(me, "no.such.kind", "email")).statusCode).toBe(400);
    expect((await setChannel(me, "catalog.changed", "pigeon")).statusCode).toBe(400);
  });

  describe("from catalog changes", () => {
    let team: TestWorkspace;
    beforeAll(async () => {
      team = await buildWorkspace(t.database.db);
    });

    it("tells the PMO in the app when the admin changes a service, but not the admin who did it", async () => {
      const service = await newService(team.members.admin, "Cloud migration");
      await as(t.app, team.members.admin)({ method: "PATCH", url: `/api/v1/services/${service.id}`, payload: { version: 1, leadTimeWeeks: 3 } });
      await runJobs();
      const items = (await inbox(team.members.pmo)).items;
      expect(items.map((n: { title: string }) => n.title)).toEqual(["Service changed: Cloud migration", "New service: Cloud migration"]);
      expect(items[0]).toMatchObject({ kind: "catalog.changed", link: `/services/${service.id}` });
      expect((await inbox(team.members.admin)).items).toEqual([]);
      expect((await inbox(team.members.rep)).items).toEqual([]);
      expect(await mailsTo(team.members.pmo.email)).toEqual([]);
    });

    it("e-mails a member who chose e-mail, with text and HTML parts and escaped names", async () => {
      expect((await setChannel(team.members.pmo, "catalog.changed", "email")).statusCode).toBe(200);
      const service = await newService(team.members.admin, hostile);
      await runJobs();
      const mails = await mailsTo(team.members.pmo.email);
      expect(mails).toHaveLength(1);
      const mail = mails[0]!;
      expect(mail.subject).toBe(`New service: ${hostile}`);
      expect(mail.text).toContain(`Hello ${team.name} pmo,`);
      expect(mail.text).toContain(`${hostile} was added to the service catalog.`);
      expect(mail.text).toContain(`${PUBLIC_URL}/services/${service.id}`);
      expect(mail.text).toContain(`${PUBLIC_URL}/settings/notifications`);
      expect(mail.html).toContain("&lt;b&gt;Tom &amp; &quot;Jerry&quot;&lt;/b&gt;");
      expect(mail.html).not.toContain("<b>Tom");
      expect(mail.headerLines.find((header) => header.key === "list-unsubscribe")?.line).toContain(`${PUBLIC_URL}/settings/notifications`);
      // In the inbox too.
      expect((await inbox(team.members.pmo)).items[0]).toMatchObject({ title: `New service: ${hostile}` });
    });

    it("sends nothing to a member who turned the kind off", async () => {
      await setChannel(team.members.pmo, "catalog.changed", "off");
      const before = (await inbox(team.members.pmo)).items.length;
      const mailsBefore = (await mailsTo(team.members.pmo.email)).length;
      await newService(team.members.admin, "Nobody hears of this");
      await runJobs();
      expect((await inbox(team.members.pmo)).items).toHaveLength(before);
      expect(await mailsTo(team.members.pmo.email)).toHaveLength(mailsBefore);
    });

    it("gathers a day's digest notifications into one e-mail, and a rerun sends none", async () => {
      const pmo = await buildMember(t.database.db, team.id, { roles: ["pmo"], name: "Digest reader" });
      await setChannel(pmo, "catalog.changed", "digest");
      await newService(team.members.admin, "Data platform");
      await newService(team.members.admin, "Security review");
      await runJobs();
      expect((await inbox(pmo)).items).toHaveLength(2);
      expect(await mailsTo(pmo.email)).toEqual([]);

      await enqueueJob(t.database.db, { kind: NOTIFICATION_DIGEST_JOB });
      await runJobs();
      const mails = await mailsTo(pmo.email);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.subject).toContain("2 notifications");
      expect(mails[0]!.text).toContain("New service: Data platform");
      expect(mails[0]!.text).toContain("New service: Security review");

      await enqueueJob(t.database.db, { kind: NOTIFICATION_DIGEST_JOB });
      await runJobs();
      expect(await mailsTo(pmo.email)).toHaveLength(1);
    });

    it("tells a member their roles changed, once, even when the event is dispatched again", async () => {
      const member = await buildMember(t.database.db, team.id, { roles: ["rep"], name: "Role changer" });
      const response = await as(t.app, team.members.admin)({ method: "PATCH", url: `/api/v1/members/${member.id}`, payload: { version: 1, roles: ["rep", "se"] } });
      expect(response.statusCode).toBe(200);
      await runJobs();
      const items = (await inbox(member)).items;
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ kind: "account.roles_changed", title: "Your roles changed" });
      // Default channel for roles is e-mail.
      expect(await mailsTo(member.email)).toHaveLength(1);

      const event = await t.database.db.selectFrom("events").select("id").where("record_id", "=", member.id).executeTakeFirstOrThrow();
      await enqueueJob(t.database.db, { kind: "event.dispatch", payload: { eventId: event.id } });
      await runJobs();
      expect((await inbox(member)).items).toHaveLength(1);
      expect(await mailsTo(member.email)).toHaveLength(1);
    });
  });

  it("streams the unread count and new notifications as server-sent events", async () => {
    const me = await buildMember(t.database.db, ws.id, { roles: ["rep"] });
    await tell(me, "already there");
    await t.app.listen({ host: "127.0.0.1", port: 0 });
    const { port } = t.app.server.address() as AddressInfo;

    const frames: string[] = [];
    let buffer = "";
    let waiter: (() => void) | null = null;
    const request = http.get({ host: "127.0.0.1", port, path: "/api/v1/notifications/stream", headers: { authorization: `Bearer ${me.token}` } });
    const response = await new Promise<http.IncomingMessage>((resolve, reject) => request.on("response", resolve).on("error", reject));
    response.setEncoding("utf8");
    response.on("data", (chunk: string) => {
      buffer += chunk;
      const parts = buffer.split("\n\n");
      buffer = parts.pop()!;
      frames.push(...parts);
      waiter?.();
    });
    const nextFrame = async (index: number) => {
      while (frames.length <= index) await new Promise<void>((resolve) => (waiter = resolve));
      return frames[index]!;
    };

    try {
      expect(response.statusCode).toBe(200);
      expect(response.headers["content-type"]).toContain("text/event-stream");
      expect(await nextFrame(0)).toBe(`event: unread\ndata: {"unread":1}`);

      const [created] = await tell(me, "live one");
      const frame = await nextFrame(1);
      expect(frame.split("\n")[0]).toBe("event: notification");
      const data = JSON.parse(frame.split("\n")[1]!.slice("data: ".length));
      expect(data).toEqual({ notification: created, unread: 2 });

      // Made by another process's worker: nothing is published here, the stream's poll finds it.
      const elsewhere = newId();
      await insertNotification(t.database.db, {
        id: elsewhere,
        workspace_id: ws.id,
        member_id: me.id,
        kind: "catalog.changed",
        title: "from another process",
        body: "",
        link: "/services",
        event_id: null,
        channel: "in_app",
        read_at: null,
        digested_at: null,
        subject_type: null,
        subject_id: null,
        created_at: new Date().toISOString(),
      });
      const polled = JSON.parse((await nextFrame(2)).split("\n")[1]!.slice("data: ".length));
      expect(polled).toMatchObject({ notification: { id: elsewhere, title: "from another process" }, unread: 3 });
    } finally {
      request.destroy();
    }
    // Closing the connection unsubscribes the stream.
    for (let i = 0; i < 100 && openStreams(me.id) > 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(openStreams(me.id)).toBe(0);
  });
});
