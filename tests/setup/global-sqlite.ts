import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { migrateToLatest, openDatabase } from "#server/kernel/db/database.ts";

declare module "vitest" {
  export interface ProvidedContext {
    sqliteTemplate: string;
  }
}

/** Migrates one SQLite file; each test file starts from a copy of it. */
export default async function setup(project: TestProject) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-test-"));
  const database = openDatabase({ dataDir: dir, sqliteFile: "template.sqlite" });
  await migrateToLatest(database.db);
  await database.close();
  project.provide("sqliteTemplate", path.join(dir, "template.sqlite"));
  return () => fs.rmSync(dir, { recursive: true, force: true });
}
