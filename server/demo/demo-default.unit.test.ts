import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { openDatabase } from "#server/kernel/db/database.ts";
import { startServerProcess } from "#tests/server-process.ts";

const dirs: string[] = [];

/** Starts the real server on an empty SQLite database until it says it is running; answers what it printed and how many workspaces it made. */
async function startOnce(env: Record<string, string>): Promise<{ output: string; workspaces: number }> {
  const server = await startServerProcess(env);
  dirs.push(server.dataDir);
  await server.stop();
  const database = openDatabase({ dataDir: server.dataDir });
  const { count } = await database.db.selectFrom("workspaces").select((eb) => eb.fn.countAll<number>().as("count")).executeTakeFirstOrThrow();
  await database.close();
  return { output: server.output, workspaces: Number(count) };
}

describe("the demo workspace on first start", () => {
  afterEach(() => {
    for (const dir of dirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
  });

  it("is not seeded in production unless asked for, and start-up says so", async () => {
    const production = await startOnce({ NODE_ENV: "production" });
    expect(production.workspaces).toBe(0);
    expect(production.output).toContain("No demo workspace (TANDEM_DEMO=unset, in production)");
    const asked = await startOnce({ NODE_ENV: "production", TANDEM_DEMO: "true" });
    expect(asked.workspaces).toBe(1);
    expect(asked.output).toContain("Demo workspace");
  }, 60_000);

  it("is seeded by default outside production, and not when switched off", async () => {
    expect((await startOnce({ NODE_ENV: "development" })).workspaces).toBe(1);
    const off = await startOnce({ NODE_ENV: "development", TANDEM_DEMO: "false" });
    expect(off.workspaces).toBe(0);
    expect(off.output).toContain("No demo workspace (TANDEM_DEMO=false)");
  }, 60_000);
});
