import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import SQLite from "better-sqlite3";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { buildApp } from "#server/app.ts";
import { readEnv } from "#server/env.ts";
import { openDatabase, type DatabaseHandle } from "#server/kernel/db/database.ts";
import { EVENT_DISPATCH_JOB } from "#server/kernel/events/events.ts";
import { CookieClient } from "#tests/session.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const PASSWORD = "cli-test-password";

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

/** The real command, as `npm run tandem` starts it, on its own SQLite file. */
function tandem(dataDir: string, args: string[], extraEnv: Record<string, string> = {}): Promise<Run> {
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, ...extraEnv };
  delete env.DATABASE_URL;
  if (!("TANDEM_PASSWORD" in extraEnv)) delete env.TANDEM_PASSWORD;
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", "server/cli/main.ts", ...args], { cwd: ROOT, env }, (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}

// The commands run the same code on PostgreSQL; spawning them once, on SQLite, is enough.
describe.skipIf(process.env.TANDEM_TEST_DB === "postgres")("the tandem command", () => {
  let dataDir: string;
  let database: DatabaseHandle;
  let app: FastifyInstance;

  beforeAll(async () => {
    dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "tandem-cli-"));
    const created = await tandem(dataDir, ["create-admin", "--email", "Ada.Lovelace@Example.com", "--workspace", "cli-test"], {
      TANDEM_PASSWORD: PASSWORD,
    });
    expect(created, created.stderr).toMatchObject({ code: 0, stdout: "" });
    database = openDatabase({ dataDir });
    app = await buildApp({ env: readEnv({ NODE_ENV: "test", SIGN_IN_RATE_LIMIT: "1000" }), database });
  }, 30_000);

  afterAll(async () => {
    await app?.close();
    await database?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("create-admin makes a new person the admin of a new workspace, audited", async () => {
    const response = await app.inject({
      method: "POST",
      url: "/api/v1/session",
      payload: { email: "ada.lovelace@example.com", password: PASSWORD },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      user: { name: "Ada Lovelace" },
      member: { roles: ["admin"] },
      workspace: { slug: "cli-test", name: "Cli Test" },
    });
    const audited = await database.db.selectFrom("audit_entries").select("record_type").execute();
    expect(audited.map((entry) => entry.record_type).sort()).toEqual(["member", "workspace"]);
  });

  it("token create prints exactly one line, a token that authenticates", async () => {
    const run = await tandem(dataDir, ["token", "create", "--email", "ada.lovelace@example.com", "--workspace", "cli-test"]);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/^tdm_[\w-]+\n$/);
    const response = await app.inject({
      method: "GET",
      url: "/api/v1/session",
      headers: { authorization: `Bearer ${run.stdout.trim()}` },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ user: { email: "ada.lovelace@example.com" }, workspace: { slug: "cli-test" } });
  });

  it("refuses what it cannot do, with nothing on stdout and a non-zero exit", async () => {
    const [stranger, unknownCommand, noPassword] = await Promise.all([
      tandem(dataDir, ["token", "create", "--email", "nobody@example.com", "--workspace", "cli-test"]),
      tandem(dataDir, ["make-coffee"]),
      // No TANDEM_PASSWORD and stdin is not a terminal: refuse instead of waiting.
      tandem(dataDir, ["create-admin", "--email", "new.person@example.com", "--workspace", "cli-test"]),
    ]);
    expect(stranger).toMatchObject({ code: 1, stdout: "" });
    expect(stranger.stderr).toContain("nobody@example.com is not an active member");
    expect(stranger.stderr).not.toMatch(/\bat .+\.ts:\d+/);
    expect(unknownCommand).toMatchObject({ code: 2, stdout: "" });
    expect(unknownCommand.stderr).toContain('Unknown command "make-coffee"');
    expect(noPassword).toMatchObject({ code: 1, stdout: "" });
    expect(noPassword.stderr).toContain("TANDEM_PASSWORD");
  });

  it("worker runs queued jobs until SIGTERM, then stops cleanly", async () => {
    // A change through the API leaves an event and the job that dispatches it.
    const browser = new CookieClient(app);
    expect((await browser.signIn("ada.lovelace@example.com", PASSWORD)).statusCode).toBe(200);
    const service = await browser.request({
      method: "POST",
      url: "/api/v1/services",
      payload: { name: "Analytical engine", durationMinWeeks: 1, durationMaxWeeks: 2, leadTimeWeeks: 0 },
    });
    expect(service.statusCode, service.body).toBe(201);
    const event = await database.db.selectFrom("events").select("id").where("record_id", "=", service.json().id).executeTakeFirstOrThrow();
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dataDir, WORKER_POLL_MS: "20" };
    delete env.DATABASE_URL;
    const child = spawn(process.execPath, ["--import", "tsx", "server/cli/main.ts", "worker"], { cwd: ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on("data", (chunk: Buffer) => (stderr += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
    try {
      await vi.waitFor(
        async () => {
          const job = await database.db
            .selectFrom("jobs")
            .select("status")
            .where("unique_key", "=", `${EVENT_DISPATCH_JOB}:${event.id}`)
            .executeTakeFirstOrThrow();
          expect(job.status, stderr).toBe("succeeded");
        },
        { timeout: 15_000, interval: 50 },
      );
      expect(stderr).toMatch(/Worker .+ is running 2 job\(s\) at a time on sqlite/);
    } finally {
      child.kill("SIGTERM");
    }
    expect(await exited, stderr).toBe(0);
    expect(stderr).toContain("Received SIGTERM");
    expect(stderr).toContain("Worker stopped.");
    expect(stdout).toBe("");
  });

  it("backup writes a copy that opens and holds the workspace", async () => {
    const file = path.join(dataDir, "backups", "tandem-backup.sqlite");
    const run = await tandem(dataDir, ["backup", "--to", file]);
    expect(run.code, run.stderr).toBe(0);
    // One file: no partial copy, and no -wal or -shm beside it.
    expect(fs.readdirSync(path.dirname(file))).toEqual(["tandem-backup.sqlite"]);
    const copy = new SQLite(file, { readonly: true, fileMustExist: true });
    try {
      expect(copy.prepare("select name from workspaces where slug = ?").get("cli-test")).toEqual({ name: "Cli Test" });
    } finally {
      copy.close();
    }
  });
});
