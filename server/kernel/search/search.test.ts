import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Db } from "#server/kernel/db/database.ts";
import { newId, now } from "#server/kernel/ids.ts";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";
import { RANKED_CANDIDATES } from "./search-scope.ts";
import { indexDocument, indexDocuments, removeDocuments, searchDocuments, type SearchDocument, type SearchQuery } from "./search.ts";

const HOSTILE = [
  '"', "'", "*", '"unbalanced', "AND", "OR NOT", "NEAR(a b)", "a:b", "-x", "^", "()", "\\", "%_",
  "change'", "'change", "chan*", "title:change", "change OR", "{change}", "[change]", "change\u0000request",
  "🙂", "🙂 change 🙂", "ǅ", "e\u0301", "x".repeat(2000), "change ".repeat(300),
];

describe("search index", () => {
  let database: TestDatabase;
  let db: Db;
  let workspaceId: string;
  let otherWorkspaceId: string;

  const addWorkspace = async () => {
    const id = newId();
    await db.insertInto("workspaces").values({ id, name: "Search test", slug: `search-${id}`, created_at: now() }).execute();
    return id;
  };

  const doc = (overrides: Partial<SearchDocument> = {}): SearchDocument => ({
    workspaceId,
    kind: "cheatsheet",
    recordId: newId(),
    audience: "readers",
    title: "Untitled",
    body: "",
    status: "published",
    tags: [],
    serviceIds: [],
    updatedAt: "2026-12-01T10:00:00.000Z",
    ...overrides,
  });

  const index = async (overrides: Partial<SearchDocument> = {}) => {
    const document = doc(overrides);
    await indexDocument(db, document);
    return document;
  };

  const search = (text: string, overrides: Partial<SearchQuery> = {}) =>
    searchDocuments(db, { workspaceId, text, audiences: ["readers", "all"], limit: 20, ...overrides });
  const ids = async (text: string, overrides: Partial<SearchQuery> = {}) => (await search(text, overrides)).map((hit) => hit.recordId);

  beforeAll(async () => {
    database = await createTestDatabase();
    db = database.db;
    workspaceId = await addWorkspace();
    otherWorkspaceId = await addWorkspace();
  });
  afterAll(() => database?.close());

  it("ranks a title match above body-only matches, then the newest first", async () => {
    const inBody = await index({
      title: "Talking to procurement",
      body: "Every scope change request needs a change request form. Log the change request. ".repeat(5),
    });
    const shortBody = await index({ title: "Notes", body: "change request ".repeat(12) });
    const older = await index({ title: "Change request basics", body: "How to log one.", updatedAt: "2026-11-01T00:00:00.000Z" });
    const newer = await index({ title: "Change request basics", body: "How to log one.", updatedAt: "2026-11-20T00:00:00.000Z" });
    const ranked = await ids("change request");
    expect(ranked.slice(0, 2)).toEqual([newer.recordId, older.recordId]);
    expect(ranked.slice(2).sort()).toEqual([inBody.recordId, shortBody.recordId].sort());
    const hits = await search("change request");
    expect(hits[1]!.score).toBeGreaterThan(hits[2]!.score);
  });

  it("matches every word, the last as the start of a word", async () => {
    const sheet = await index({ title: "Steering committee", body: "Escalate budget overruns to the sponsor." });
    expect(await ids("steer")).toEqual([sheet.recordId]);
    expect(await ids("steering comm")).toEqual([sheet.recordId]);
    expect(await ids("COMMITTEE escal")).toEqual([sheet.recordId]);
    expect(await ids("steering")).toEqual([sheet.recordId]);
    expect(await ids("overrun")).toEqual([sheet.recordId]);
    expect(await ids("steering banana")).toEqual([]);
  });

  it("matches the words before the last as words in any form, not as prefixes", async () => {
    const sheet = await index({ title: "Invoicing disputes", body: "Who settles disputed invoices." });
    expect(await ids("invoice dispute")).toEqual([sheet.recordId]);
    expect(await ids("invoiced disputes")).toEqual([sheet.recordId]);
    expect(await ids("inv dispute")).toEqual([]);
  });

  it("matches a single letter only as a word", async () => {
    const sheet = await index({ title: "Plan B for vendors", body: "When the vendor walks away." });
    expect(await ids("plan b")).toEqual([sheet.recordId]);
    expect(await ids("b vendor")).toEqual([sheet.recordId]);
    expect(await ids("plan v")).toEqual([]);
  });

  it("filters by kind, status, tag and service", async () => {
    const serviceId = newId();
    const tagged = await index({ title: "Filterable risk register", tags: ["risk", "governance"], serviceIds: [serviceId] });
    const term = await index({ title: "Risk register", kind: "glossary_term", audience: "all", status: "active" });
    const archived = await index({ title: "Old risk register", status: "archived", tags: ["risky"] });
    expect((await ids("risk register")).sort()).toEqual([tagged.recordId, term.recordId, archived.recordId].sort());
    expect(await ids("risk register", { kinds: ["glossary_term"] })).toEqual([term.recordId]);
    expect((await ids("risk register", { kinds: ["glossary_term", "cheatsheet"] })).length).toBe(3);
    expect(await ids("risk register", { kinds: [] })).toEqual([]);
    expect(await ids("risk register", { status: "archived" })).toEqual([archived.recordId]);
    expect(await ids("risk register", { tag: "risk" })).toEqual([tagged.recordId]);
    expect(await ids("risk register", { tag: "governance" })).toEqual([tagged.recordId]);
    expect(await ids("risk register", { tag: "ris" })).toEqual([]);
    expect(await ids("risk register", { tag: "%" })).toEqual([]);
    expect(await ids("risk register", { serviceId })).toEqual([tagged.recordId]);
    expect(await ids("risk register", { serviceId: newId() })).toEqual([]);
    expect(await ids("risk register", { serviceId, status: "archived" })).toEqual([]);
    const [hit] = await search("filterable");
    expect(hit).toMatchObject({ tags: ["risk", "governance"], serviceIds: [serviceId], status: "published", kind: "cheatsheet" });
  });

  it("finds a copy only for its audience", async () => {
    const recordId = newId();
    await index({ recordId, audience: "readers", title: "Kickoff meeting", status: "published" });
    await index({ recordId, audience: "writers", title: "Kickoff meeting agenda", status: "draft" });
    const readers = await search("kickoff", { audiences: ["readers", "all"] });
    expect(readers.map((hit) => [hit.audience, hit.status])).toEqual([["readers", "published"]]);
    const writers = await search("kickoff", { audiences: ["writers", "all"] });
    expect(writers.map((hit) => [hit.audience, hit.status])).toEqual([["writers", "draft"]]);
    expect(await search("kickoff", { audiences: ["readers"], status: "draft" })).toEqual([]);
    expect(await search("kickoff", { audiences: [] })).toEqual([]);
  });

  it("never finds another workspace's documents", async () => {
    const foreign = await index({ workspaceId: otherWorkspaceId, title: "Milestone payment secrets", audience: "all" });
    expect(await ids("milestone payment", { audiences: ["readers", "writers", "all"] })).toEqual([]);
    expect(await ids("milestone payment", { workspaceId: otherWorkspaceId })).toEqual([foreign.recordId]);
  });

  it("replaces a document on upsert: one copy, the old words gone", async () => {
    const first = await index({ title: "Lessons learned workshop", body: "Retrospective format.", tags: ["retro"] });
    await index({ ...first, title: "Project closure", body: "Handover checklist.", tags: ["closure"], status: "archived" });
    expect(await ids("lessons learned")).toEqual([]);
    expect(await ids("retrospective")).toEqual([]);
    expect(await ids("handover", { tag: "retro" })).toEqual([]);
    const hits = await search("handover");
    expect(hits).toHaveLength(1);
    expect(hits[0]).toMatchObject({ recordId: first.recordId, title: "Project closure", tags: ["closure"], status: "archived" });
    const rows = await db.selectFrom("search_documents").select("id").where("record_id", "=", first.recordId).execute();
    expect(rows).toHaveLength(1);
  });

  it("removes one audience's copy or all of a record's copies", async () => {
    const recordId = newId();
    await index({ recordId, audience: "readers", title: "Go live plan" });
    await index({ recordId, audience: "writers", title: "Go live plan" });
    const everyone = { audiences: ["readers", "writers"] };
    await removeDocuments(db, { workspaceId: otherWorkspaceId, kind: "cheatsheet", recordId });
    expect(await search("go live", everyone)).toHaveLength(2);
    await removeDocuments(db, { workspaceId, kind: "cheatsheet", recordId, audience: "readers" });
    expect((await search("go live", everyone)).map((hit) => hit.audience)).toEqual(["writers"]);
    await removeDocuments(db, { workspaceId, kind: "cheatsheet", recordId });
    expect(await search("go live", everyone)).toEqual([]);
  });

  it("highlights matched words in escaped HTML", async () => {
    await index({
      title: `Budget <b>"overrun"</b> & friends`,
      body: `Never paste <script>alert("x")</script> into a proposal. A budget overrun is reported weekly & early.`,
    });
    const [hit] = await search("budget overrun");
    expect(hit!.titleHtml).toBe("<mark>Budget</mark> &lt;b&gt;&quot;<mark>overrun</mark>&quot;&lt;/b&gt; &amp; friends");
    expect(hit!.snippetHtml).toContain("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;");
    expect(hit!.snippetHtml).toContain("<mark>budget</mark> <mark>overrun</mark>");
    expect(hit!.snippetHtml).not.toMatch(/<(?!\/?mark>)/);
  });

  it("cuts the snippet to about two dozen words around the match", async () => {
    const filler = (word: string) => Array.from({ length: 60 }, (_, i) => `${word}${i}`).join(" ");
    await index({ title: "Long read", body: `${filler("alpha")} the critical path decides the end date ${filler("omega")}` });
    const [hit] = await search("critical path");
    const words = hit!.snippetHtml.replace(/<\/?mark>/g, "").split(/\s+/).filter((word) => /\w/.test(word));
    expect(words.length).toBeGreaterThanOrEqual(15);
    expect(words.length).toBeLessThanOrEqual(32);
    expect(hit!.snippetHtml).toContain("<mark>critical</mark> <mark>path</mark>");
  });

  it("pages with limit and offset", async () => {
    for (let i = 0; i < 5; i++) await index({ title: `Resource plan ${i}`, updatedAt: `2026-10-0${i + 1}T00:00:00.000Z` });
    const all = await ids("resource plan");
    expect(all).toHaveLength(5);
    expect(await ids("resource plan", { limit: 2 })).toEqual(all.slice(0, 2));
    expect(await ids("resource plan", { limit: 2, offset: 2 })).toEqual(all.slice(2, 4));
  });

  it("ranks the newest matches when there are more than it ranks; a changed document becomes the newest", async () => {
    const titled = await index({ title: "Hypercare handbook", body: "Hypercare after go-live." });
    const mentions = Array.from({ length: RANKED_CANDIDATES }, (_, i) => doc({ title: `Support note ${i}`, body: "Then hypercare starts." }));
    await indexDocuments(db, mentions);
    const [first] = await ids("hypercare", { limit: 1 });
    expect(first).not.toBe(titled.recordId);
    await index({ ...titled, body: "Hypercare after go-live, for four weeks." });
    expect(await ids("hypercare", { limit: 1 })).toEqual([titled.recordId]);
  });

  it("finds nothing for text without words", async () => {
    await index({ title: "Anything at all" });
    for (const text of ["", "   ", "*", "()", "-", "🙂🙂"]) expect(await search(text), JSON.stringify(text)).toEqual([]);
  });

  it.each(HOSTILE.map((text) => [text.length > 40 ? `${text.slice(0, 20)}… (${text.length} chars)` : text, text]))(
    "answers %s without an error",
    async (_label, text) => {
      await expect(search(text, { audiences: ["readers", "writers", "all"] })).resolves.toBeInstanceOf(Array);
    },
  );

  it("still finds words among hostile characters", async () => {
    const sheet = await index({ title: "Fixed price contracts", body: "Fixed price, fixed scope." });
    for (const text of ['"fixed price"', "fixed*price", "(fixed) -price", "fixed:price", "'fixed' \\price"]) {
      expect(await ids(text), text).toEqual([sheet.recordId]);
    }
  });
});
