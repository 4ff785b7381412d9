import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { GRANTED_TABLES, TABLE_OWNERS } from "./table-owners.ts";

/*
 * The module rules, checked on the source: a module's repositories touch only
 * its own tables, SQL stays in repositories, and no module imports another
 * module's repository. Tests and fixtures may set up any state they need.
 */

const MODULES_DIR = path.join(import.meta.dirname);
const modules = fs.readdirSync(MODULES_DIR, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

interface Source {
  module: string;
  file: string;
  text: string;
}

const sources: Source[] = modules.flatMap((module) =>
  fs
    .readdirSync(path.join(MODULES_DIR, module))
    .filter((file) => file.endsWith(".ts") && !file.endsWith(".test.ts") && !file.endsWith(".fixtures.ts"))
    .map((file) => ({ module, file: `${module}/${file}`, text: fs.readFileSync(path.join(MODULES_DIR, module, file), "utf8") })),
);

const QUERY_ON_TABLE = /\b(?:selectFrom|insertInto|updateTable|deleteFrom|innerJoin|leftJoin|rightJoin|fullJoin)\(\s*"([a-z_]+)/g;
const SQL_TEMPLATE = /\bsql(?:<[^>]*>)?`/;
const QUERY_BUILDER = /\.(?:selectFrom|insertInto|updateTable|deleteFrom)\(/;
const IMPORT_OF_MODULE_FILE = /from\s+"(?:#server\/modules\/|\.\.\/)([a-z-]+)\/([^"]+)"/g;

const mayTouch = (module: string, table: string) =>
  (TABLE_OWNERS as Record<string, string>)[table] === module || GRANTED_TABLES.some((grant) => grant.module === module && grant.table === table);

export function tableViolations(source: Source): string[] {
  return [...source.text.matchAll(QUERY_ON_TABLE)]
    .map((match) => match[1]!)
    .filter((table) => !mayTouch(source.module, table))
    .map((table) => `${source.file} queries "${table}", owned by ${(TABLE_OWNERS as Record<string, string>)[table] ?? "nobody (not a table)"}`);
}

export function sqlOutsideRepositories(source: Source): string[] {
  if (source.file.endsWith(".repository.ts")) return [];
  return SQL_TEMPLATE.test(source.text) || QUERY_BUILDER.test(source.text) ? [`${source.file} runs SQL outside a repository`] : [];
}

export function foreignRepositoryImports(source: Source): string[] {
  return [...source.text.matchAll(IMPORT_OF_MODULE_FILE)]
    .filter(([, module, file]) => module !== source.module && file!.includes(".repository"))
    .map(([, module, file]) => `${source.file} imports ${module}/${file}`);
}

describe("module boundaries", () => {
  it("finds every module's sources", () => {
    expect(modules).toEqual(expect.arrayContaining(["auth", "cheatsheets", "members", "services"]));
    expect(sources.filter((source) => source.file.endsWith(".repository.ts")).length).toBeGreaterThan(10);
  });

  it("a module's repositories touch only the tables it owns", () => {
    expect(sources.flatMap(tableViolations)).toEqual([]);
  });

  it("no SQL outside repositories", () => {
    expect(sources.flatMap(sqlOutsideRepositories)).toEqual([]);
  });

  it("no module imports another module's repository", () => {
    expect(sources.flatMap(foreignRepositoryImports)).toEqual([]);
  });

  it("each grant names a module and says why", () => {
    for (const grant of GRANTED_TABLES) {
      expect(modules).toContain(grant.module);
      expect(grant.why.length).toBeGreaterThan(20);
    }
  });

  it("catches what it is for", () => {
    const broken: Source = {
      module: "services",
      file: "services/services.service.ts",
      text: [
        'import * as members from "#server/modules/members/members.repository.ts";',
        'import { x } from "../members/members.repository.ts";',
        'const rows = await db.selectFrom("members").innerJoin("users as u", "u.id", "members.user_id").execute();',
        "await sql`select 1`.execute(db);",
      ].join("\n"),
    };
    expect(tableViolations(broken)).toEqual([
      'services/services.service.ts queries "members", owned by members',
      'services/services.service.ts queries "users", owned by auth',
    ]);
    expect(sqlOutsideRepositories(broken)).toHaveLength(1);
    expect(foreignRepositoryImports(broken)).toEqual([
      "services/services.service.ts imports members/members.repository.ts",
      "services/services.service.ts imports members/members.repository.ts",
    ]);
    expect(foreignRepositoryImports({ ...broken, module: "members", file: "members/members.service.ts" })).toEqual([]);
  });
});
