import { beforeAll, describe, expect, it } from "vitest";
import type { CheatSheet, CheatSheetPage, VersionDiff } from "#shared/contracts/cheatsheets.ts";
import type { ClarityReport } from "#shared/contracts/clarity.ts";
import { as, buildMember, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { act, createSheet, PLAIN_BODY, publishSheet } from "./cheatsheets.fixtures.ts";

const JARGON_BODY = `## What it is

A change request modifies the baseline, which necessitates comprehensive re-estimation of interdependent deliverables, contractual obligations, and organisational resourcing considerations.
`;

describe("cheat sheets: draft, review, publish", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  it("starts a sheet from the template of the five sections, owned by its author", async () => {
    const sheet = await createSheet(t.app, ws.members.pm, { body: undefined });
    expect(sheet).toMatchObject({ status: "draft", version: 1, publishedVersion: null, owner: { id: ws.members.pm.id }, published: null });
    expect(sheet.draft?.body).toBe(
      "## What it is\n\n## Why the client cares\n\n## Say this\n\n## Never promise this\n\n## Questions clients ask\n\n",
    );
  });

  it("flags jargon and a high grade, publishes only with an accepted exception, and shows it", async () => {
    const clarity = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/clarity", payload: { text: JARGON_BODY } });
    expect(clarity.statusCode).toBe(200);
    const report = clarity.json<ClarityReport>();
    expect(report.jargon.map((j) => j.term.toLowerCase())).toContain("baseline");
    expect(report.findings.map((f) => f.code)).toContain("grade_too_high");

    const draft = await createSheet(t.app, ws.members.pm, { body: JARGON_BODY });
    const submitted = await act(t.app, ws.members.pm, draft, "submit");
    expect(submitted.status).toBe("in_review");

    const refused = await as(t.app, ws.members.pmo)({ method: "POST", url: `/api/v1/cheatsheets/${draft.id}/approve`, payload: { version: submitted.version } });
    expect(refused.statusCode).toBe(422);
    expect(refused.json()).toMatchObject({ code: "clarity_exception_required" });
    expect(refused.json().errors.length).toBeGreaterThan(0);

    const noReason = await as(t.app, ws.members.pmo)({
      method: "POST",
      url: `/api/v1/cheatsheets/${draft.id}/approve`,
      payload: { version: submitted.version, acceptException: true },
    });
    expect(noReason.statusCode).toBe(400);

    const published = await act(t.app, ws.members.pmo, submitted, "approve", { acceptException: true, comment: "Legal wording, agreed with the client." });
    expect(published).toMatchObject({ status: "published", publishedVersion: 1, draftStatus: null });
    expect(published.clarityException).toMatchObject({ acceptedBy: { id: ws.members.pmo.id }, comment: "Legal wording, agreed with the client." });
    expect(published.clarityException!.findings.map((f) => f.code)).toContain("unexplained_jargon");
  });

  it("reads the pitch with the body: jargon in the pitch, or a body of headings alone, needs an exception to publish", async () => {
    const pitch = "We protect the baseline for you.";
    const clarity = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/clarity", payload: { pitch, text: PLAIN_BODY } });
    expect(clarity.statusCode).toBe(200);
    const baseline = clarity.json<ClarityReport>().jargon.find((j) => j.term.toLowerCase() === "baseline");
    expect(baseline?.occurrences).toEqual([{ field: "pitch", start: 15, end: 23, text: "baseline" }]);

    for (const input of [{ pitch, body: PLAIN_BODY }, { body: undefined }]) {
      const draft = await createSheet(t.app, ws.members.pm, input);
      const submitted = await act(t.app, ws.members.pm, draft, "submit");
      const refused = await as(t.app, ws.members.pmo)({ method: "POST", url: `/api/v1/cheatsheets/${draft.id}/approve`, payload: { version: submitted.version } });
      expect(refused.statusCode).toBe(422);
      expect(refused.json()).toMatchObject({ code: "clarity_exception_required" });
    }
  });

  it("lets a pm approve someone else's draft but not their own", async () => {
    const secondPm = await buildMember(t.database.db, ws.id, { roles: ["pm"] });
    const draft = await createSheet(t.app, ws.members.pm);
    const submitted = await act(t.app, ws.members.pm, draft, "submit");
    const own = await as(t.app, ws.members.pm)({ method: "POST", url: `/api/v1/cheatsheets/${draft.id}/approve`, payload: { version: submitted.version } });
    expect(own.statusCode).toBe(403);
    expect((await act(t.app, secondPm, submitted, "approve")).status).toBe("published");
  });

  it("sends a draft back with a comment, which the author sees in the timeline", async () => {
    const draft = await createSheet(t.app, ws.members.pm);
    const submitted = await act(t.app, ws.members.pm, draft, "submit");
    const missing = await as(t.app, ws.members.pmo)({ method: "POST", url: `/api/v1/cheatsheets/${draft.id}/request-changes`, payload: { version: submitted.version } });
    expect(missing.statusCode).toBe(400);
    const back = await act(t.app, ws.members.pmo, submitted, "request-changes", { comment: "Add a client example." });
    expect(back.status).toBe("draft");
    expect(back.reviews[0]).toMatchObject({ action: "changes_requested", comment: "Add a client example.", member: { id: ws.members.pmo.id } });
  });

  it("keeps readers on the published version while the next one is drafted, then asks them again", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Readers keep the published one" });
    const rep = as(t.app, ws.members.rep);
    const first = await rep({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` });
    expect(first.json<CheatSheet>()).toMatchObject({ draft: null, reviews: [], published: { title: "Readers keep the published one" } });
    expect((await rep({ method: "POST", url: `/api/v1/cheatsheets/${sheet.id}/acknowledgements` })).statusCode).toBe(201);

    const edited = await as(t.app, ws.members.pm)({
      method: "PATCH",
      url: `/api/v1/cheatsheets/${sheet.id}`,
      payload: { version: sheet.version, title: "Readers keep the published one, v2", body: `${PLAIN_BODY}\nOne more plain line.\n` },
    });
    expect(edited.statusCode).toBe(200);
    expect(edited.json<CheatSheet>()).toMatchObject({ status: "published", draftStatus: "draft", publishedVersion: 1 });

    const whileDrafting = (await rep({ method: "GET", url: `/api/v1/cheatsheets?q=Readers keep` })).json<CheatSheetPage>();
    expect(whileDrafting.items.map((item) => [item.title, item.readState, item.acknowledged])).toEqual([["Readers keep the published one", "read", true]]);

    const submitted = await act(t.app, ws.members.pm, edited.json<CheatSheet>(), "submit");
    await act(t.app, ws.members.pmo, submitted, "approve");
    const after = (await rep({ method: "GET", url: `/api/v1/cheatsheets?q=Readers keep` })).json<CheatSheetPage>();
    expect(after.items.map((item) => [item.title, item.readState, item.acknowledged, item.publishedVersion])).toEqual([
      ["Readers keep the published one, v2", "updated", false, 2],
    ]);
    const detail = (await rep({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).json<CheatSheet>();
    expect(detail).toMatchObject({ acknowledged: false, acknowledgedVersion: 1, readState: "read", publishedVersion: 2 });
  });

  it("shows every version, a word-level diff, and restores an old one as a draft", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "History sheet", pitch: "Old pitch words." });
    const edited = (
      await as(t.app, ws.members.pm)({ method: "PATCH", url: `/api/v1/cheatsheets/${sheet.id}`, payload: { version: sheet.version, pitch: "New pitch words." } })
    ).json<CheatSheet>();
    await act(t.app, ws.members.pmo, await act(t.app, ws.members.pm, edited, "submit"), "approve");

    const versions = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}/versions` })).json();
    expect(versions.items.map((v: { number: number; current: boolean }) => [v.number, v.current])).toEqual([[2, true], [1, false]]);
    const diff = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}/diff?from=1&to=2` })).json<VersionDiff>();
    expect(diff.pitch.filter((p) => p.removed).map((p) => p.value.trim())).toEqual(["Old"]);
    expect(diff.pitch.filter((p) => p.added).map((p) => p.value.trim())).toEqual(["New"]);
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}/diff?from=1&to=draft` })).statusCode).toBe(404);

    const current = (await as(t.app, ws.members.pm)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).json<CheatSheet>();
    const restored = await act(t.app, ws.members.pm, current, "versions/1/restore");
    expect(restored).toMatchObject({ status: "published", draftStatus: "draft", publishedVersion: 2, draft: { pitch: "Old pitch words." }, published: { pitch: "New pitch words." } });
    const old = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}/versions/1` })).json();
    expect(old.content.pitch).toBe("Old pitch words.");
  });

  it("re-verifies a stale sheet in one click, and archives it out of readers' sight", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Goes stale" });
    await t.database.db.updateTable("cheat_sheets").set({ verify_due_at: "2000-01-01T00:00:00.000Z" }).where("id", "=", sheet.id).execute();
    const stale = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).json<CheatSheet>();
    expect(stale.stale).toBe(true);
    const listed = (await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/cheatsheets?stale=true" })).json<CheatSheetPage>();
    expect(listed.items.map((item) => item.id)).toContain(sheet.id);

    const verified = await act(t.app, ws.members.pm, stale, "verify");
    expect(verified.stale).toBe(false);
    expect(Date.parse(verified.verifyDueAt!) - Date.now()).toBeGreaterThan(89 * 86_400_000);
    const audit = await t.database.db.selectFrom("audit_entries").select("summary").where("record_id", "=", sheet.id).execute();
    expect(audit.map((entry) => entry.summary)).toContain('Cheat sheet "Goes stale" re-verified');

    const archived = await act(t.app, ws.members.pmo, verified, "archive");
    expect(archived.status).toBe("archived");
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).statusCode).toBe(404);
  });

  it("answers a stale writer with 409 and keeps the first writer's change", async () => {
    const sheet = await createSheet(t.app, ws.members.pm);
    const first = await as(t.app, ws.members.pm)({ method: "PATCH", url: `/api/v1/cheatsheets/${sheet.id}`, payload: { version: 1, pitch: "First" } });
    expect(first.statusCode).toBe(200);
    const second = await as(t.app, ws.members.pmo)({ method: "PATCH", url: `/api/v1/cheatsheets/${sheet.id}`, payload: { version: 1, pitch: "Second" } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: "stale_version" });
    const read = (await as(t.app, ws.members.pm)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).json<CheatSheet>();
    expect(read.draft?.pitch).toBe("First");
  });
});
