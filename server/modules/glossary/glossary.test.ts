import { beforeAll, describe, expect, it } from "vitest";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import type { GlossaryTerm } from "#shared/contracts/glossary.ts";
import { publishSheet } from "#server/modules/cheatsheets/cheatsheets.fixtures.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("glossary", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const addTerm = async (payload: object) => {
    const response = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/glossary", payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json<GlossaryTerm>();
  };

  it("adds, finds by term or synonym, changes and deletes terms, each audited", async () => {
    const wbs = await addTerm({ term: "Work breakdown structure", definition: "The list of all the work, split into small parts.", synonyms: ["WBS"] });
    expect(wbs).toMatchObject({ version: 1, synonyms: ["WBS"] });
    const found = (await as(t.app, ws.members.rep)({ method: "GET", url: "/api/v1/glossary?q=wbs" })).json();
    expect(found.items.map((term: GlossaryTerm) => term.id)).toEqual([wbs.id]);

    const changed = await as(t.app, ws.members.pmo)({ method: "PATCH", url: `/api/v1/glossary/${wbs.id}`, payload: { version: 1, definition: "All the work, in small parts." } });
    expect(changed.json()).toMatchObject({ version: 2, definition: "All the work, in small parts." });
    const stale = await as(t.app, ws.members.pm)({ method: "PATCH", url: `/api/v1/glossary/${wbs.id}`, payload: { version: 1, definition: "Late." } });
    expect(stale.statusCode).toBe(409);

    expect((await as(t.app, ws.members.pm)({ method: "DELETE", url: `/api/v1/glossary/${wbs.id}` })).statusCode).toBe(204);
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/glossary/${wbs.id}` })).statusCode).toBe(404);
    const audit = await t.database.db.selectFrom("audit_entries").select("action").where("record_id", "=", wbs.id).orderBy("at").execute();
    expect(audit.map((entry) => entry.action)).toEqual(["create", "update", "delete"]);
  });

  it("refuses a duplicate term whatever its case, and bad input by field", async () => {
    await addTerm({ term: "Milestone", definition: "A point in the plan where something is done." });
    const duplicate = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/glossary", payload: { term: "MILESTONE", definition: "Again." } });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json()).toMatchObject({ code: "duplicate_term", errors: [{ path: "body.term" }] });
    const empty = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/glossary", payload: { term: " ", definition: "x", synonyms: ["a", "A"] } });
    expect(empty.statusCode).toBe(400);
    expect(empty.json().errors.map((e: { path: string }) => e.path).sort()).toEqual(["body.synonyms", "body.term"]);
  });

  it("shows related sheets and marks every term in a rendered sheet with its definition", async () => {
    const baseline = await addTerm({ term: "Baseline", definition: 'The plan we all "agreed" on.', synonyms: ["baseline plan"] });
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, {
      title: "Baselines explained",
      body: "## What it is\n\nThe baseline moves only with a signed change. Two baselines are one too many.",
      termIds: [baseline.id],
    });
    const read = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).json<CheatSheet>();
    expect(read.published!.terms).toEqual([{ id: baseline.id, term: "Baseline", definition: 'The plan we all "agreed" on.' }]);
    const marks = read.published!.bodyHtml.match(/<dfn [^>]*>[^<]*<\/dfn>/g) ?? [];
    expect(marks).toHaveLength(2);
    expect(marks[0]).toContain(`data-term-id="${baseline.id}"`);
    expect(marks[0]).toContain('data-definition="The plan we all &quot;agreed&quot; on."');
    expect(marks[1]).toContain(">baselines</dfn>");

    const detail = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/glossary/${baseline.id}` })).json();
    expect(detail.relatedSheets).toEqual([{ id: sheet.id, title: "Baselines explained", status: "published" }]);
  });

  it("lists terms alphabetically whatever their case, page by page", async () => {
    const fresh = await buildWorkspace(t.database.db);
    for (const term of ["RACI", "baseline", "MVP", "acceptance criteria", "Kickoff"]) {
      await as(t.app, fresh.members.pm)({ method: "POST", url: "/api/v1/glossary", payload: { term, definition: `${term} in plain words.` } });
    }
    const first = (await as(t.app, fresh.members.rep)({ method: "GET", url: "/api/v1/glossary?limit=3" })).json();
    const second = (await as(t.app, fresh.members.rep)({ method: "GET", url: `/api/v1/glossary?limit=3&cursor=${first.nextCursor}` })).json();
    expect([...first.items, ...second.items].map((term: GlossaryTerm) => term.term)).toEqual(["acceptance criteria", "baseline", "Kickoff", "MVP", "RACI"]);
    expect(second.nextCursor).toBeNull();
  });

  it("is found by the search box, by term, synonym or definition", async () => {
    await addTerm({ term: "Hypercare", definition: "Extra support right after go-live.", synonyms: ["aftercare"] });
    for (const q of ["hyper", "aftercare", "extra support"]) {
      const hits = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/search?q=${encodeURIComponent(q)}&kind=glossary_term` })).json().items;
      expect(hits.map((hit: { title: string }) => hit.title), q).toEqual(["Hypercare"]);
    }
  });
});
