import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/*
 * The web reaches the API only through the contract-typed client in
 * web/api-client.ts: no fetch of its own, no API path written as a string.
 */

const WEB_DIR = import.meta.dirname;
const EXEMPT = new Set(["api-client.ts", path.join("api", "schema.d.ts")]);

function sourcesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourcesUnder(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

export function untypedCalls(file: string, text: string): string[] {
  const found: string[] = [];
  if (/\bfetch\(/.test(text)) found.push(`${file} calls fetch`);
  for (const match of text.matchAll(/["'`]\/api\/[^"'`]*["'`]/g)) {
    const literal = match[0];
    // A path handed to the typed client or to apiUrl is checked by the compiler.
    const before = text.slice(Math.max(0, match.index - 12), match.index);
    if (!/(?:\.(?:GET|POST|PUT|PATCH|DELETE)|apiUrl)\($/.test(before)) found.push(`${file} writes the API path ${literal}`);
  }
  return found;
}

describe("the web's API calls", () => {
  const files = sourcesUnder(WEB_DIR).filter((file) => !EXEMPT.has(path.relative(WEB_DIR, file)));

  it("go through the typed client only", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(files.flatMap((file) => untypedCalls(path.relative(WEB_DIR, file), fs.readFileSync(file, "utf8")))).toEqual([]);
  });

  it("catches what it is for", () => {
    expect(untypedCalls("x.ts", 'await fetch("/api/v1/services")')).toEqual(["x.ts calls fetch", 'x.ts writes the API path "/api/v1/services"']);
    expect(untypedCalls("x.ts", "const url = `/api/v1/cheatsheets/${id}/pdf`;")).toHaveLength(1);
    expect(untypedCalls("x.ts", 'call(api.GET("/api/v1/services", {}))')).toEqual([]);
    expect(untypedCalls("x.ts", 'apiUrl("/api/v1/notifications/stream")')).toEqual([]);
  });
});
