import { beforeAll, describe, expect, it } from "vitest";
import { jobHandlers } from "#server/kernel/jobs/runtime.ts";
import { enqueueJob } from "#server/kernel/jobs/queue.ts";
import { JobWorker } from "#server/kernel/jobs/worker.ts";
import type { CheatSheetStats } from "#shared/contracts/cheatsheets.ts";
import { as, buildMember, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { act, publishSheet } from "./cheatsheets.fixtures.ts";
import { STALE_SHEETS_JOB } from "./cheatsheets.jobs.ts";

describe("cheat sheets: read receipts, acknowledgements, trust and reminders", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let secondRep: TestMember;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    secondRep = await buildMember(t.database.db, ws.id, { roles: ["rep"], name: "Second Rep" });
  });

  const runJobs = () => new JobWorker({ database: t.database, handlers: jobHandlers(t.app.tandem.env), backoff: () => 0, pollMs: 5 }).drain();
  const inbox = async (member: TestMember) =>
    (await as(t.app, member)({ method: "GET", url: "/api/v1/notifications" })).json().items as { kind: string; title: string; link: string }[];

  it("tells every rep when a sheet is published, and again for a new version", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Tell the reps" });
    await runJobs();
    for (const rep of [ws.members.rep, secondRep]) {
      expect(await inbox(rep)).toContainEqual(expect.objectContaining({ kind: "cheatsheet.published", title: "New cheat sheet: Tell the reps", link: `/cheatsheets/${sheet.id}` }));
    }
    expect((await inbox(ws.members.se)).filter((n) => n.kind === "cheatsheet.published")).toEqual([]);

    const edited = (await as(t.app, ws.members.pm)({ method: "PATCH", url: `/api/v1/cheatsheets/${sheet.id}`, payload: { version: sheet.version, pitch: "Changed." } })).json();
    await act(t.app, ws.members.pmo, await act(t.app, ws.members.pm, edited, "submit"), "approve");
    await runJobs();
    expect((await inbox(ws.members.rep)).map((n) => n.title)).toContain("Cheat sheet updated: Tell the reps");
  });

  it("marks the notification read when the rep acknowledges the sheet it announced, and that rep's only", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Read and done" });
    await runJobs();
    const announcement = async (member: TestMember) =>
      ((await as(t.app, member)({ method: "GET", url: "/api/v1/notifications" })).json().items as { link: string; kind: string; readAt: string | null }[]).find(
        (n) => n.kind === "cheatsheet.published" && n.link === `/cheatsheets/${sheet.id}`,
      );
    expect((await announcement(ws.members.rep))?.readAt).toBeNull();
    expect((await as(t.app, ws.members.rep)({ method: "POST", url: `/api/v1/cheatsheets/${sheet.id}/acknowledgements` })).statusCode).toBe(201);
    expect((await announcement(ws.members.rep))?.readAt).toEqual(expect.any(String));
    expect((await announcement(secondRep))?.readAt).toBeNull();
  });

  it("shows no read state to the sheet's owner: their own sheet is never new to them", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "My own" });
    const asOwner = (await as(t.app, ws.members.pm)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).json();
    expect(asOwner.readState).toBeNull();
    const listed = (await as(t.app, ws.members.pm)({ method: "GET", url: "/api/v1/cheatsheets?limit=100" })).json().items.find((item: { id: string }) => item.id === sheet.id);
    expect(listed.readState).toBeNull();
    const asRep = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).json();
    expect(asRep.readState).not.toBeNull();
  });

  it("asks reviewers when a draft is submitted, and the author when changes are requested", async () => {
    const draft = (await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/cheatsheets", payload: { title: "Needs a look" } })).json();
    const submitted = await act(t.app, ws.members.pm, draft, "submit");
    await runJobs();
    expect((await inbox(ws.members.pmo)).map((n) => n.title)).toContain("Review requested: Needs a look");
    expect((await inbox(ws.members.pm)).map((n) => n.title)).not.toContain("Review requested: Needs a look");
    await act(t.app, ws.members.pmo, submitted, "request-changes", { comment: "Shorter sentences, please." });
    await runJobs();
    expect(await inbox(ws.members.pm)).toContainEqual(expect.objectContaining({ title: "Changes requested: Needs a look" }));
  });

  it("asks reviewers again, saying so, when a sheet edited during its review is submitted once more", async () => {
    const draft = (await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/cheatsheets", payload: { title: "Changed midway" } })).json();
    const submitted = await act(t.app, ws.members.pm, draft, "submit");
    const edited = await as(t.app, ws.members.pm)({ method: "PATCH", url: `/api/v1/cheatsheets/${draft.id}`, payload: { version: submitted.version, pitch: "Better now." } });
    expect(edited.json()).toMatchObject({ status: "draft" });
    await act(t.app, ws.members.pm, edited.json(), "submit");
    await runJobs();
    const titles = (await inbox(ws.members.pmo)).map((n) => n.title);
    expect(titles.filter((title) => title === "Review requested: Changed midway")).toHaveLength(1);
    expect(titles).toContain("Review requested again: Changed midway");
  });

  it("records acknowledgements per version, per sheet and per rep, and counts the unacknowledged", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Acknowledge me" });
    const before = (await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/cheatsheets/stats" })).json<CheatSheetStats>();
    const ack = await as(t.app, ws.members.rep)({ method: "POST", url: `/api/v1/cheatsheets/${sheet.id}/acknowledgements` });
    expect(ack.statusCode).toBe(201);
    expect(ack.json()).toMatchObject({ sheetId: sheet.id, versionNumber: 1 });
    const again = await as(t.app, ws.members.rep)({ method: "POST", url: `/api/v1/cheatsheets/${sheet.id}/acknowledgements` });
    expect(again.json().acknowledgedAt).toBe(ack.json().acknowledgedAt);
    const after = (await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/cheatsheets/stats" })).json<CheatSheetStats>();
    expect(after.unacknowledged).toBe(before.unacknowledged - 1);

    const perSheet = await as(t.app, ws.members.sales_manager)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}/acknowledgements` });
    expect(perSheet.statusCode).toBe(200);
    const rows = perSheet.json().items as { member: { id: string }; current: boolean; acknowledgedVersion: number | null; lastReadVersion: number | null }[];
    expect(rows.find((row) => row.member.id === ws.members.rep.id)).toMatchObject({ current: true, acknowledgedVersion: 1, lastReadVersion: 1 });
    expect(rows.find((row) => row.member.id === secondRep.id)).toMatchObject({ current: false, acknowledgedVersion: null, lastReadVersion: null });
    expect(rows.map((row) => row.member.id)).not.toContain(ws.members.pm.id);
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}/acknowledgements` })).statusCode).toBe(403);

    const perRep = await as(t.app, ws.members.sales_manager)({ method: "GET", url: `/api/v1/cheatsheets/acknowledgements?memberId=${ws.members.rep.id}&limit=200` });
    expect(perRep.json().items).toContainEqual(expect.objectContaining({ sheet: { id: sheet.id, title: "Acknowledge me", publishedVersion: 1 }, current: true }));
    expect(perRep.json().summary.current).toBeGreaterThanOrEqual(1);
    const summary = (await as(t.app, secondRep)({ method: "GET", url: "/api/v1/cheatsheets/acknowledgements?limit=1" })).json().summary;
    expect(summary).toMatchObject({ current: 0, askedAgain: 0 });
    expect(summary.sheets).toBe(after.published);
    const othersAsRep = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/acknowledgements?memberId=${secondRep.id}` });
    expect(othersAsRep.statusCode).toBe(403);
    // A new version asks the rep again.
    const current = (await as(t.app, ws.members.pm)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).json();
    const edited = (await as(t.app, ws.members.pm)({ method: "PATCH", url: `/api/v1/cheatsheets/${sheet.id}`, payload: { version: current.version, pitch: "New." } })).json();
    await act(t.app, ws.members.pmo, await act(t.app, ws.members.pm, edited, "submit"), "approve");
    const askedAgain = (await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/cheatsheets/acknowledgements?limit=200" })).json();
    expect(askedAgain.summary.askedAgain).toBeGreaterThanOrEqual(1);
    expect(askedAgain.items).toContainEqual(expect.objectContaining({ sheet: expect.objectContaining({ id: sheet.id, publishedVersion: 2 }), acknowledgedVersion: 1, current: false }));
    const own = await as(t.app, secondRep)({ method: "GET", url: "/api/v1/cheatsheets/acknowledgements?limit=200" });
    expect(own.json().items).toContainEqual(expect.objectContaining({ sheet: expect.objectContaining({ id: sheet.id }), current: false, acknowledgedVersion: null }));
  });

  it("marks overdue sheets stale, scores trust, and reminds the owner once a week until re-verified", async () => {
    const fresh = await buildWorkspace(t.database.db);
    const sheets = [];
    for (const title of ["Fresh one", "Fresh two", "Old one", "Old two"]) sheets.push(await publishSheet(t.app, fresh.members.pm, fresh.members.pmo, { title }));
    const stats = async () => (await as(t.app, fresh.members.rep)({ method: "GET", url: "/api/v1/cheatsheets/stats" })).json<CheatSheetStats>();
    expect(await stats()).toMatchObject({ published: 4, verified: 4, stale: 0, trustScore: 1 });

    for (const sheet of sheets.slice(2)) {
      await t.database.db.updateTable("cheat_sheets").set({ verify_due_at: "2020-01-01T00:00:00.000Z" }).where("id", "=", sheet.id).execute();
    }
    expect(await stats()).toMatchObject({ published: 4, verified: 2, stale: 2, trustScore: 0.5 });

    const remind = async () => {
      await enqueueJob(t.database.db, { kind: STALE_SHEETS_JOB, payload: {}, workspaceId: null });
      await runJobs();
    };
    const reminders = async () => (await inbox(fresh.members.pm)).filter((n) => n.kind === "cheatsheet.stale").map((n) => n.title).sort();
    await remind();
    expect(await reminders()).toEqual(["Re-verify: Old one", "Re-verify: Old two"]);
    await remind();
    expect(await reminders()).toHaveLength(2);

    const old = (await as(t.app, fresh.members.pm)({ method: "GET", url: `/api/v1/cheatsheets/${sheets[2]!.id}` })).json();
    await act(t.app, fresh.members.pm, old, "verify");
    // A week on, only the sheet nobody re-verified is reminded again.
    await t.database.db.updateTable("cheat_sheets").set({ stale_notified_at: "2020-01-01T00:00:00.000Z" }).where("workspace_id", "=", fresh.id).execute();
    await remind();
    expect(await reminders()).toEqual(["Re-verify: Old one", "Re-verify: Old two", "Re-verify: Old two"]);
    expect(await stats()).toMatchObject({ verified: 3, stale: 1, trustScore: 0.75 });
  });
});
