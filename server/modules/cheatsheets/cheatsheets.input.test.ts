import { beforeAll, describe, expect, it } from "vitest";
import type { CheatSheet } from "#shared/contracts/cheatsheets.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";
import { createSheet, publishSheet, sheetInput } from "./cheatsheets.fixtures.ts";

const AUTHOR_ONLY = [
  ["POST", "/api/v1/cheatsheets"],
  ["PATCH", "/api/v1/cheatsheets/:id"],
  ["DELETE", "/api/v1/cheatsheets/:id"],
  ["POST", "/api/v1/cheatsheets/:id/submit"],
  ["POST", "/api/v1/cheatsheets/:id/approve"],
  ["POST", "/api/v1/cheatsheets/:id/verify"],
  ["POST", "/api/v1/clarity"],
  ["POST", "/api/v1/glossary"],
] as const;

describe("cheat sheets: bad input loses nothing", () => {
  const t = useTestApp();
  let ws: TestWorkspace;

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db);
  });

  const sheetCount = async () => (await t.database.db.selectFrom("cheat_sheets").select("id").where("workspace_id", "=", ws.id).execute()).length;

  it("refuses a rep on every author-only route with 403", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo);
    for (const [method, url] of AUTHOR_ONLY) {
      const response = await as(t.app, ws.members.rep)({ method, url: url.replace(":id", sheet.id), payload: method === "DELETE" ? undefined : { version: 1, title: "x", text: "x" } });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
      expect(response.headers["content-type"]).toContain("application/problem+json");
    }
  });

  it("refuses a body over 100 KB with a clear message and writes nothing", async () => {
    const before = await sheetCount();
    const response = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/cheatsheets", payload: sheetInput({ body: "word ".repeat(21_000) }) });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual({ path: "body.body", message: expect.stringContaining("100") });
    expect(await sheetCount()).toBe(before);
    // Multi-byte text counts in bytes: 40,000 "€" are 120,000 bytes.
    const euros = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/cheatsheets", payload: sheetInput({ body: "€".repeat(40_000) }) });
    expect(euros.statusCode).toBe(400);
  });

  it("stores hostile Markdown as written and renders it harmless", async () => {
    const hostile = [
      "<script>alert(1)</script>",
      "<img src=x onerror=alert(2)>",
      "[click](javascript:alert(3))",
      "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg0KTwvc2NyaXB0Pg==)",
      '<a href="https://x.example" onclick="alert(5)">x</a>',
      "<iframe src=https://evil.example></iframe>",
      "<svg onload=alert(6)>",
    ].join("\n\n");
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { body: hostile });
    const read = (await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}` })).json<CheatSheet>();
    expect(read.published!.body).toBe(hostile);
    // What reaches the page as markup: only safe tags, no event handlers, no script or data links.
    const tags = [...read.published!.bodyHtml.matchAll(/<([a-z0-9]+)([^>]*)>/gi)];
    expect(tags.length).toBeGreaterThan(0);
    for (const [, name, attributes] of tags) {
      expect(["p", "a", "dfn"]).toContain(name);
      expect(attributes).not.toMatch(/\son\w+=|javascript:|data:/i);
    }
    expect(read.published!.bodyHtml).toContain("&lt;script&gt;");
  });

  it("rejects unknown services, terms and owners by field, writing nothing", async () => {
    const before = await sheetCount();
    const missing = "0192f0c0-0000-7000-8000-000000000000";
    for (const [field, value] of [["serviceIds", [missing]], ["termIds", [missing]], ["ownerId", missing]] as const) {
      const response = await as(t.app, ws.members.pm)({ method: "POST", url: "/api/v1/cheatsheets", payload: sheetInput({ [field]: value }) });
      expect(response.statusCode, field).toBe(400);
      expect(response.json().errors[0].path).toMatch(new RegExp(`^body\\.${field}`));
    }
    expect(await sheetCount()).toBe(before);
  });

  it("refuses lifecycle steps out of order with 409, and a published sheet cannot be deleted", async () => {
    const draft = await createSheet(t.app, ws.members.pm);
    const approve = await as(t.app, ws.members.pmo)({ method: "POST", url: `/api/v1/cheatsheets/${draft.id}/approve`, payload: { version: draft.version } });
    expect(approve.statusCode).toBe(409);
    expect(approve.json().code).toBe("not_in_review");
    const verify = await as(t.app, ws.members.pm)({ method: "POST", url: `/api/v1/cheatsheets/${draft.id}/verify`, payload: { version: draft.version } });
    expect(verify.json().code).toBe("not_published");
    const published = await publishSheet(t.app, ws.members.pm, ws.members.pmo);
    const deleted = await as(t.app, ws.members.pmo)({ method: "DELETE", url: `/api/v1/cheatsheets/${published.id}` });
    expect(deleted.statusCode).toBe(409);
    expect((await as(t.app, ws.members.pm)({ method: "DELETE", url: `/api/v1/cheatsheets/${draft.id}` })).statusCode).toBe(204);
    expect((await as(t.app, ws.members.pm)({ method: "GET", url: `/api/v1/cheatsheets/${draft.id}` })).statusCode).toBe(404);
  });

  it("keeps drafts out of readers' sight: list, read, versions, PDF and search", async () => {
    const draft = await createSheet(t.app, ws.members.pm, { title: "Unpublished zebra plans" });
    const rep = as(t.app, ws.members.rep);
    expect((await rep({ method: "GET", url: `/api/v1/cheatsheets/${draft.id}` })).statusCode).toBe(404);
    expect((await rep({ method: "GET", url: `/api/v1/cheatsheets/${draft.id}/versions` })).statusCode).toBe(404);
    expect((await rep({ method: "GET", url: `/api/v1/cheatsheets/${draft.id}/pdf` })).statusCode).toBe(404);
    expect((await rep({ method: "GET", url: "/api/v1/cheatsheets?q=zebra" })).json().items).toEqual([]);
    expect((await rep({ method: "GET", url: "/api/v1/search?q=zebra" })).json().items).toEqual([]);
    expect((await rep({ method: "GET", url: "/api/v1/search?q=zebra&status=draft" })).json().items).toEqual([]);
    const writer = (await as(t.app, ws.members.pm)({ method: "GET", url: "/api/v1/search?q=zebra" })).json();
    expect(writer.items.map((hit: { id: string }) => hit.id)).toEqual([draft.id]);
  });

  it("never fails on search input with operators or quotes", async () => {
    await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Change request basics" });
    for (const q of ['"', "'", '"change', "change*", "change AND", "OR NOT", "NEAR(change request)", "title:change", "-change", "^change", "()", "\\", "%_", "😀", "change request".repeat(14)]) {
      const response = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/search?q=${encodeURIComponent(q)}` });
      expect(response.statusCode, q).toBe(200);
    }
    const quoted = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/search?q=${encodeURIComponent('"change request"')}` });
    expect(quoted.json().items.map((hit: { title: string }) => hit.title)).toContain("Change request basics");
  });

  it("serves the published version as a one-page PDF in A4 or Letter", async () => {
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { title: "Print me" });
    const a4 = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}/pdf` });
    expect(a4.statusCode).toBe(200);
    expect(a4.headers["content-type"]).toBe("application/pdf");
    expect(a4.headers["content-disposition"]).toContain('filename="print-me.pdf"');
    expect(a4.rawPayload.subarray(0, 5).toString()).toBe("%PDF-");
    expect(a4.rawPayload.toString("latin1")).toContain("/MediaBox [0 0 595.28 841.89]");
    const letter = await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}/pdf?paper=LETTER` });
    expect(letter.rawPayload.toString("latin1")).toContain("/MediaBox [0 0 612 792]");
    expect((await as(t.app, ws.members.rep)({ method: "GET", url: `/api/v1/cheatsheets/${sheet.id}/pdf?paper=A3` })).statusCode).toBe(400);
  });
});

describe("cheat sheets: PDF rate limit", () => {
  const t = useTestApp({ PDF_RATE_LIMIT: "2" });

  it("counts only PDFs made, per member, and answers 429 problem+json with Retry-After past the limit", async () => {
    const ws = await buildWorkspace(t.database.db);
    const sheet = await publishSheet(t.app, ws.members.pm, ws.members.pmo, { body: "## What it is\n\nShort." });
    const pdf = (member = ws.members.rep, id = sheet.id) => as(t.app, member)({ method: "GET", url: `/api/v1/cheatsheets/${id}/pdf` });
    // Asking for sheets that do not exist costs nothing.
    for (let i = 0; i < 3; i++) expect((await pdf(ws.members.rep, "0192f0c0-0000-7000-8000-000000000000")).statusCode).toBe(404);
    expect((await pdf()).statusCode).toBe(200);
    expect((await pdf()).statusCode).toBe(200);
    const limited = await pdf();
    expect(limited.statusCode).toBe(429);
    expect(limited.headers["content-type"]).toContain("application/problem+json");
    expect(limited.json().code).toBe("rate_limited");
    const retryAfter = Number(limited.headers["retry-after"]);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Someone else (behind the same address) still gets theirs.
    expect((await pdf(ws.members.se)).statusCode).toBe(200);
  });
});
