import fs from "node:fs";
import { inflateSync } from "node:zlib";
import { afterEach, describe, expect, it, vi } from "vitest";
import { CHEATSHEET_SECTIONS } from "#shared/contracts/cheatsheets.ts";
import { renderCheatSheetPdf, type CheatSheetPdfInput } from "./cheatsheets.pdf.ts";

const SLOW = 60_000;

const BODY = `## What it is
A change request is how we change a project once it is agreed. We write down the **cost** and the *effect on dates*, and both sides sign it.

## Why the client cares
- They stay in control of their budget.
- They see the real cost of an idea before they commit.

## Say this
1. "Yes, we can add that. Our PM will send you a short change request."
2. "You decide. Nothing changes until you sign."

## Never promise this
- "We'll just squeeze it in."
- A price or a date for the change: the \`PM\` works it out.

## Questions clients ask
**Can we add a feature later?** Yes. See [the process](https://acme.example/changes).

More answers: <https://acme.example/faq>.
`;

const sheet = (overrides: Partial<CheatSheetPdfInput> = {}): CheatSheetPdfInput => ({
  title: "What is a change request?",
  pitch: "The client can change the plan at any time; nothing moves until they say yes.",
  body: BODY,
  workspaceName: "Acme Consulting",
  version: 3,
  publishedAt: "2025-03-04T10:00:00.000Z",
  stale: false,
  tags: ["scope", "contract"],
  ...overrides,
});

const paragraph = (n: number) => `Point ${n}: the plan we agreed on is the baseline, and only a signed change moves it, so the dates stay true.`;
const words = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * What a reader sees in the file. Page dictionaries are never compressed, so
 * pages and media boxes are counted in the raw bytes. Text is drawn as glyph
 * ids, so it is decoded the way a viewer copies it: content streams are
 * inflated and each glyph mapped back through its font's ToUnicode table.
 * (Font resource names are unique per file in pdfkit output, so /F1 names one font.)
 */
function readPdf(pdf: Buffer) {
  const raw = pdf.toString("latin1");
  const streams = new Map<string, { dict: string; data: string }>();
  for (const match of raw.matchAll(/(\d+) 0 obj\s*<<((?:(?!endobj)[^])*?)>>\s*stream\n/g)) {
    const [whole, id, dict] = match;
    const start = match.index + whole.length;
    const bytes = Buffer.from(raw.slice(start, start + Number(/\/Length (\d+)/.exec(dict!)?.[1])), "latin1");
    streams.set(id!, { dict: dict!, data: (dict!.includes("/FlateDecode") ? inflateSync(bytes) : bytes).toString("latin1") });
  }
  const unicode = new Map<string, Map<number, string>>();
  for (const [, name, fontId] of raw.matchAll(/\/(F\d+) (\d+) 0 R/g)) {
    const cmapId = new RegExp(`\\n${fontId} 0 obj\\s*<<[^]*?/ToUnicode (\\d+) 0 R`).exec(raw)?.[1];
    if (cmapId) unicode.set(name!, parseCmap(streams.get(cmapId)?.data ?? ""));
  }
  let text = "";
  for (const { data } of streams.values()) {
    let font = new Map<number, string>();
    // Lines are simply joined: a line broken at a space keeps that space as its last glyph.
    for (const [, fontName, shown] of data.matchAll(/\/(F\d+) [\d.]+ Tf|\[([^\]]*)\] TJ/g)) {
      if (fontName) font = unicode.get(fontName) ?? new Map();
      else for (const [, hex] of shown!.matchAll(/<([0-9a-f]*)>/gi)) text += decodeGlyphs(hex!, font);
    }
  }
  const fontSizes: number[] = [];
  for (const { data } of streams.values()) for (const [, size] of data.matchAll(/\/F\d+ ([\d.]+) Tf/g)) fontSizes.push(Number(size));
  return {
    raw,
    pages: raw.match(/\/Type \/Page\b/g)?.length ?? 0,
    mediaBoxes: [...raw.matchAll(/\/MediaBox \[([^\]]*)\]/g)].map((match) => match[1]!.trim()),
    text: text.replace(/\s+/g, " "),
    /** The size most text is set in: the body size. */
    bodySize: mode(fontSizes),
  };
}

function parseCmap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  // A ligature maps to several characters: <0066 0069> is "fi".
  const utf16 = (hex: string) => String.fromCharCode(...(hex.replace(/\s/g, "").match(/.{4}/g) ?? []).map((unit) => parseInt(unit, 16)));
  for (const [, from, to, list, single] of cmap.matchAll(/<([0-9a-f]+)> <([0-9a-f]+)> (?:\[([^\]]*)\]|<([0-9a-f]+)>)/gi)) {
    const start = parseInt(from!, 16);
    const targets = list ? [...list.matchAll(/<([0-9a-f\s]+)>/gi)].map((match) => utf16(match[1]!)) : null;
    for (let code = start; code <= parseInt(to!, 16); code++) {
      map.set(code, targets ? (targets[code - start] ?? "") : String.fromCharCode(parseInt(single!, 16) + code - start));
    }
  }
  return map;
}

const decodeGlyphs = (hex: string, font: Map<number, string>) =>
  (hex.match(/.{4}/g) ?? []).map((glyph) => font.get(parseInt(glyph, 16)) ?? "\uFFFD").join("");

function mode(values: number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 0;
}

afterEach(() => vi.restoreAllMocks());

describe("renderCheatSheetPdf", () => {
  it("puts a short sheet on one A4 page at the comfortable size, with every part readable", async () => {
    const pdf = await renderCheatSheetPdf(sheet(), "A4");
    expect(pdf.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    const read = readPdf(pdf);
    expect(read.pages).toBe(1);
    expect(read.raw).toMatch(/\/Type \/Pages\s*\/Count 1\b/);
    expect(read.mediaBoxes).toEqual(["0 0 595.28 841.89"]);
    expect(read.bodySize).toBe(11);
    expect(read.text).toContain("What is a change request?");
    expect(read.text).toContain("The client can change the plan at any time; nothing moves until they say yes.");
    for (const heading of CHEATSHEET_SECTIONS) expect(read.text).toContain(heading);
    expect(read.text).toContain("Can we add a feature later? Yes. See the process (https://acme.example/changes).");
    expect(read.text).toContain("More answers: https://acme.example/faq.");
    expect(read.text).toContain("Acme Consulting");
    expect(read.text).toContain("Version 3 · published 4 Mar 2025");
    expect(read.text).not.toContain("Needs re-verification");
    expect(read.text).not.toContain("full cheat sheet is in Tandem");
  }, SLOW);

  it("uses the Letter page size when asked", async () => {
    const read = readPdf(await renderCheatSheetPdf(sheet(), "LETTER"));
    expect(read.pages).toBe(1);
    expect(read.mediaBoxes).toEqual(["0 0 612 792"]);
  }, SLOW);

  it("marks drafts and sheets that need re-verification", async () => {
    const read = readPdf(await renderCheatSheetPdf(sheet({ version: null, publishedAt: null, stale: true }), "A4"));
    expect(read.text).toContain("Draft");
    expect(read.text).toContain("Needs re-verification");
    expect(read.text).not.toContain("Version");
  }, SLOW);

  it("sets a longer sheet in smaller type rather than cutting it", async () => {
    const extra = Array.from({ length: 36 }, (_, n) => `- ${paragraph(n)}`).join("\n");
    const body = `${BODY}\n## Examples\n${extra}\n\nThe last line of the sheet.`;
    const read = readPdf(await renderCheatSheetPdf(sheet({ body }), "A4"));
    expect(read.pages).toBe(1);
    expect(read.bodySize).toBeLessThan(11);
    expect(read.bodySize).toBeGreaterThanOrEqual(8);
    expect(read.text).toContain("The last line of the sheet.");
    expect(read.text).not.toContain("full cheat sheet is in Tandem");
  }, SLOW);

  it("cuts a 3,000-word sheet at the end of its one page and says where the rest is", async () => {
    const body = `${BODY}\n## Examples\n${Array.from({ length: 150 }, (_, n) => `- ${paragraph(n)}`).join("\n")}\n\nThe last line of the sheet.`;
    expect(words(body)).toBeGreaterThan(3000);
    for (const paper of ["A4", "LETTER"] as const) {
      const read = readPdf(await renderCheatSheetPdf(sheet({ body }), paper));
      expect(read.pages).toBe(1);
      expect(read.bodySize).toBe(8);
      expect(read.text).toContain("Shortened to fit one page. The full cheat sheet is in Tandem.");
      expect(read.text).toContain("Questions clients ask");
      expect(read.text).toContain("Point 20:");
      expect(read.text).not.toContain("The last line of the sheet.");
      expect(read.text).toContain("Version 3 · published 4 Mar 2025");
    }
  }, SLOW);

  it("fetches nothing, reads no file and makes no link, image or script from hostile Markdown", async () => {
    const fetchSpy = vi.spyOn(globalThis, "fetch");
    const fileReads = [vi.spyOn(fs, "readFileSync"), vi.spyOn(fs, "openSync"), vi.spyOn(fs, "createReadStream")];
    const warn = vi.spyOn(console, "warn");
    const body = [
      "## What it is",
      "<script>alert(1)</script>",
      "[Click me](javascript:alert(1)) and [home](https://acme.example/) and <a href=\"https://evil.example\">raw</a>",
      "![img](http://tracker.example/pixel.png) ![disk](file:///etc/passwd) ![local](/etc/hostname)",
      "<img src=\"http://tracker.example/x.png\">",
    ].join("\n\n");
    const read = readPdf(await renderCheatSheetPdf(sheet({ body }), "A4"));
    expect(fetchSpy).not.toHaveBeenCalled();
    for (const spy of fileReads) expect(spy).not.toHaveBeenCalled();
    // pdfmake warns when a URL or local-file access policy is missing.
    expect(warn).not.toHaveBeenCalled();
    expect(read.raw).not.toMatch(/\/Annots|\/Subtype \/Link|\/URI|\/JavaScript|\/JS\b|\/Launch|\/Subtype \/Image/);
    expect(read.text).toContain("<script>alert(1)</script>");
    expect(read.text).toContain('<a href="https://evil.example">raw</a>');
    // An image shows its alt text; markdown-it refuses file: links, so that one stays literal text.
    expect(read.text).toContain("[img] ![disk](file:///etc/passwd) [local]");
    expect(read.text).not.toContain("pixel.png");
    expect(read.text).not.toContain("root:");
  }, SLOW);

  it("renders Unicode text", async () => {
    const text = "Straße, Café, Müller – „Größe“ “quoted” €1.200 ‘single’ …";
    const read = readPdf(await renderCheatSheetPdf(sheet({ title: `Überblick: ${text}`, body: `## What it is\n\n${text}\n` }), "A4"));
    expect(read.pages).toBe(1);
    expect(read.text).toContain(`Überblick: ${text}`);
    expect(read.text.split(text)).toHaveLength(3);
    expect(read.text).not.toContain("\uFFFD");
  }, SLOW);
});
