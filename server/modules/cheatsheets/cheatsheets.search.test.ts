import { beforeAll, describe, expect, it } from "vitest";
import type { SearchHit } from "#shared/contracts/search.ts";
import { createService } from "#server/modules/services/services.fixtures.ts";
import { as, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { publishSheet } from "./cheatsheets.fixtures.ts";

describe("cheat sheets in the search box", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const search = async (member: TestMember, query: string) => {
    const response = await as(t.app, member)({ method: "GET", url: `/api/v1/search?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json().items as SearchHit[];
  };

  it("ranks a title match above a body mention, with highlighted snippets", async () => {
    const mention = await publishSheet(t.app, ws.members.pm, ws.members.pmo, {
      title: "Fixed price projects",
      body: "## What it is\n\nA **fixed price** is one price for the agreed work. Anything else needs a [change request](https://example.com/cr): a written ask with its own price.",
    });
    const titled = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "What is a change request?" });
    const hits = await search(ws.members.rep, "q=change%20request");
    expect(hits.map((hit) => hit.id)).toEqual([titled.id, mention.id]);
    expect(hits[0]!.titleHtml).toBe("What is a <mark>change</mark> <mark>request</mark>?");
    expect(hits[1]!.snippetHtml).toContain("<mark>change</mark> <mark>request</mark>");
    // Snippets are prose: no Markdown syntax, no link targets.
    expect(hits[1]!.snippetHtml).not.toMatch(/\*\*|##|example\.com/);
    expect(hits[0]!.link).toBe(`/cheatsheets/${titled.id}`);
    // As you type: the last word matches as a prefix.
    expect((await search(ws.members.rep, "q=change%20requ")).map((hit) => hit.id)).toContain(titled.id);
  });

  it("finds what readers may read: the published words, not the draft's", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Kickoff meeting", pitch: "Start well." });
    const edited = await as(t.app, ws.members.pm)({ method: "PATCH", url: `/api/v1/cheatsheets/${sheet.id}`, payload: { version: sheet.version, pitch: "Quokka agenda." } });
    expect(edited.statusCode).toBe(200);
    expect(await search(ws.members.rep, "q=quokka")).toEqual([]);
    expect((await search(ws.members.rep, "q=kickoff")).map((hit) => [hit.id, hit.stale])).toEqual([[sheet.id, false]]);
    await t.database.db.updateTable("cheat_sheets").set({ verify_due_at: "2020-01-01T00:00:00.000Z" }).where("id", "=", sheet.id).execute();
    expect((await search(ws.members.rep, "q=kickoff")).map((hit) => [hit.id, hit.stale])).toEqual([[sheet.id, true]]);
    expect((await search(ws.members.pm, "q=quokka")).map((hit) => [hit.id, hit.status])).toEqual([[sheet.id, "draft"]]);
  });

  it("filters by service, tag and kind", async () => {
    const service = await createService(t.app, ws.members.pmo, { name: "Data platform build" });
    const linked = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Platform sprints", serviceIds: [service.id], tags: ["Agile"] });
    const other = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Platform phases", tags: ["waterfall"] });
    expect((await search(ws.members.rep, "q=platform")).map((hit) => hit.id).sort()).toEqual([linked.id, other.id].sort());
    expect((await search(ws.members.rep, `q=platform&serviceId=${service.id}`)).map((hit) => hit.id)).toEqual([linked.id]);
    expect((await search(ws.members.rep, "q=platform&tag=agile")).map((hit) => hit.id)).toEqual([linked.id]);
    expect(await search(ws.members.rep, "q=platform&kind=glossary_term")).toEqual([]);
    const listed = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets?serviceId=${service.id}` })).json();
    expect(listed.items.map((item: { id: string }) => item.id)).toEqual([linked.id]);
  });

  it("lists the published sheets of one title, ignoring case and spaces, in this workspace only (the same-title warning)", async () => {
    const original = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Scope creep, explained" });
    const other = await buildWorkspace(t.database.db);
    await publishSheet(t.app, other.members.pm, other.members.pmo, { title: "Scope creep, explained" });
    const draft = (await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/cheatsheets", payload: { title: "scope creep, EXPLAINED" } })).json();

    const same = async (member: TestMember, title: string) =>
      (await as(t.app, member)({ method: "GET", url: `/api/v1/cheatsheets?status=published&title=${encodeURIComponent(title)}` })).json().items.map((item: { id: string }) => item.id);
    expect(await same(ws.members.pm, "  SCOPE creep, explained ")).toEqual([original.id]);
    expect(await same(ws.members.rep, "scope creep, explained")).toEqual([original.id]);
    // A title is matched whole, not as a part.
    expect(await same(ws.members.pm, "Scope creep")).toEqual([]);
    // Writers find the draft of that name too when they do not ask for published ones only.
    const all = (await as(t.app, ws.members.pm)({ method: "GET", url: `/api/v1/cheatsheets?title=${encodeURIComponent("Scope creep, explained")}` })).json().items.map((item: { id: string }) => item.id);
    expect(all.sort()).toEqual([original.id, draft.id].sort());
  });
});
