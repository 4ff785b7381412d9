import { beforeAll, describe, expect, it } from "vitest";
import { newId } from "#server/kernel/ids.ts";
import { indexDocument, type SearchDocument } from "#server/kernel/search/search.ts";
import type { SearchResults } from "#shared/contracts/search.ts";
import { as, buildWorkspace, type TestMember, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

// The cheat-sheet and glossary modules index their records themselves; here
// the index is filled directly, as they will fill it.
describe("GET /api/v1/search", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let other: TestWorkspace;
  const serviceId = newId();
  const published = newId();
  const draftOnly = newId();
  const term = newId();
  const foreign = newId();

  const index = (workspaceId: string, document: Partial<SearchDocument> & Pick<SearchDocument, "recordId" | "title">) =>
    indexDocument(t.database.db, {
      workspaceId,
      kind: "cheatsheet",
      audience: "readers",
      body: "",
      status: "published",
      tags: [],
      serviceIds: [],
      updatedAt: "2026-12-01T09:00:00.000Z",
      ...document,
    });

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
    other = await buildWorkspace(t.database.db);
    // A published sheet: the published copy for readers, the working copy (being edited) for writers.
    await index(ws.id, {
      recordId: published,
      title: "Change request basics",
      body: "When the client asks for more, write a change request <script>alert(1)</script> before any work starts.",
      tags: ["scope", "pricing"],
      serviceIds: [serviceId],
    });
    await index(ws.id, {
      recordId: published,
      audience: "writers",
      status: "in_review",
      title: "Change request basics (revised)",
      body: "Write the change request first; then price it.",
      tags: ["scope", "pricing"],
      serviceIds: [serviceId],
    });
    await index(ws.id, { recordId: draftOnly, audience: "writers", status: "draft", title: "Change control board", body: "Who approves a change." });
    await index(ws.id, { recordId: term, kind: "glossary_term", audience: "all", status: "active", title: "Change request", body: "A formal ask to change agreed scope." });
    await index(other.id, { recordId: foreign, audience: "all", title: "Change request secrets of Bravo", body: "Bravo change request" });
  });

  const search = async (member: TestMember, query: string) => {
    const response = await as(t.app, member)({ method: "GET", url: `/api/v1/search?${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<SearchResults>();
  };
  const found = async (member: TestMember, query: string) => (await search(member, query)).items.map((item) => `${item.kind}:${item.id}:${item.status}`);

  it("shows readers the published copies and the glossary, never the drafts", async () => {
    for (const role of ["rep", "se", "sales_manager", "admin"] as const) {
      expect((await found(ws.members[role], "q=change")).sort(), role).toEqual(
        [`cheatsheet:${published}:published`, `glossary_term:${term}:active`].sort(),
      );
      expect(await search(ws.members[role], "q=change&status=draft"), role).toEqual({ items: [] });
      expect(await search(ws.members[role], "q=revised"), role).toEqual({ items: [] });
    }
  });

  it("shows PMs and the PMO the working copies, drafts included", async () => {
    for (const role of ["pm", "pmo"] as const) {
      expect((await found(ws.members[role], "q=change")).sort(), role).toEqual(
        [`cheatsheet:${published}:in_review`, `cheatsheet:${draftOnly}:draft`, `glossary_term:${term}:active`].sort(),
      );
      expect(await found(ws.members[role], "q=chan&status=draft"), role).toEqual([`cheatsheet:${draftOnly}:draft`]);
    }
  });

  it("answers each hit with its link, tags, services and escaped highlights", async () => {
    const { items } = await search(ws.members.rep, "q=change%20req&kind=cheatsheet");
    expect(items).toEqual([
      {
        kind: "cheatsheet",
        id: published,
        title: "Change request basics",
        titleHtml: "<mark>Change</mark> <mark>request</mark> basics",
        snippetHtml: expect.stringContaining("<mark>change</mark> <mark>request</mark> &lt;script&gt;alert(1)&lt;/script&gt;"),
        status: "published",
        tags: ["scope", "pricing"],
        serviceIds: [serviceId],
        link: `/cheatsheets/${published}`,
        stale: false,
        updatedAt: "2026-12-01T09:00:00.000Z",
      },
    ]);
    const glossary = await search(ws.members.rep, "q=formal&kind=glossary_term");
    expect(glossary.items.map((item) => item.link)).toEqual([`/glossary/${term}`]);
  });

  it("filters by kind, tag and service", async () => {
    const rep = ws.members.rep;
    expect(await found(rep, "q=change&kind=glossary_term")).toEqual([`glossary_term:${term}:active`]);
    expect(await found(rep, "q=change&tag=Pricing")).toEqual([`cheatsheet:${published}:published`]);
    expect(await found(rep, "q=change&tag=pric")).toEqual([]);
    expect(await found(rep, `q=change&serviceId=${serviceId}`)).toEqual([`cheatsheet:${published}:published`]);
    expect(await found(rep, `q=change&serviceId=${newId()}`)).toEqual([]);
    expect(await found(rep, "q=change&limit=1")).toHaveLength(1);
  });

  it("keeps each workspace's documents to itself", async () => {
    for (const member of Object.values(ws.members)) {
      const response = await as(t.app, member)({ method: "GET", url: "/api/v1/search?q=change%20request%20bravo" });
      expect(response.json()).toEqual({ items: [] });
      expect((await as(t.app, member)({ method: "GET", url: "/api/v1/search?q=change" })).body).not.toContain(foreign);
    }
    expect(await found(other.members.rep, "q=change")).toEqual([`cheatsheet:${foreign}:published`]);
  });

  it.each([
    '"', "'", "*", '"unbalanced', "AND", "OR NOT", "NEAR(a b)", "a:b", "-x", "^", "()", "\\", "%_", "🙂",
    "change*", "change AND (request OR", "'; drop table search_documents; --", "x".repeat(200),
  ])("answers 200 to q=%s", async (q) => {
    const response = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/search?q=${encodeURIComponent(q)}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toHaveProperty("items");
  });

  it("answers an empty or blank q with no hits", async () => {
    expect(await search(ws.members.rep, "")).toEqual({ items: [] });
    expect(await search(ws.members.rep, "q=%20%20")).toEqual({ items: [] });
  });

  it("refuses a q over 200 characters, a limit out of range and unknown parameters", async () => {
    const call = as(t.app, ws.members.rep);
    const tooLong = await call({ method: "GET", url: `/api/v1/search?q=${"x".repeat(201)}` });
    expect(tooLong.statusCode).toBe(400);
    expect(tooLong.headers["content-type"]).toContain("application/problem+json");
    expect(tooLong.json()).toMatchObject({ code: "validation_failed", errors: [{ path: "querystring.q" }] });
    for (const query of ["limit=0", "limit=51", "kind=deal", "serviceId=not-an-id", "sort=title"]) {
      const response = await call({ method: "GET", url: `/api/v1/search?q=change&${query}` });
      expect(response.statusCode, query).toBe(400);
    }
  });

  it("answers 20 hits unless asked for more", async () => {
    for (let i = 0; i < 25; i++) await index(ws.id, { recordId: newId(), audience: "all", kind: "glossary_term", title: `Milestone ${i}` });
    expect((await search(ws.members.rep, "q=milestone")).items).toHaveLength(20);
    expect((await search(ws.members.rep, "q=milestone&limit=50")).items).toHaveLength(25);
  });
});
