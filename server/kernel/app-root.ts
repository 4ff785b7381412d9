import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

/**
 * The folder that holds Tandem's package.json. The same code runs from
 * server/kernel/ (tsx, tests) and bundled from dist/server/ (a release), so
 * files are found from the package root rather than from this file's place.
 */
function findAppRoot(from: string): string {
  for (let dir = from; ; dir = path.dirname(dir)) {
    const manifest = path.join(dir, "package.json");
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, "utf8")) as { name?: string }).name === "tandem") return dir;
    if (path.dirname(dir) === dir) throw new Error(`Tandem's package.json was not found above ${from}`);
  }
}

export const APP_ROOT = findAppRoot(import.meta.dirname);
