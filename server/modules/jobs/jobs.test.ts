import { beforeAll, describe, expect, it } from "vitest";
import { enqueueJob, type JobRequest } from "#server/kernel/jobs/queue.ts";
import { JobWorker } from "#server/kernel/jobs/worker.ts";
import type { Job } from "#shared/contracts/jobs.ts";
import { as, buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { useTestApp } from "#tests/setup/test-app.ts";

describe("jobs (admin API)", () => {
  const t = useTestApp();
  let ws: TestWorkspace;
  let other: TestWorkspace;
  let dead: string;
  let queued: string;
  let foreign: string;

  const enqueue = (request: JobRequest) => enqueueJob(t.database.db, request);
  const admin = () => as(t.app, ws.members.admin);
  const worker = (handler: () => Promise<void>) =>
    new JobWorker({ database: t.database, handlers: { "test.export": handler, "test.report": handler }, backoff: () => 0 });

  beforeAll(async () => {
    ws = await buildWorkspace(t.database.db, { name: "Northwind" });
    other = await buildWorkspace(t.database.db, { name: "Southwind" });
    dead = await enqueue({ kind: "test.export", workspaceId: ws.id, payload: { format: "csv" }, maxAttempts: 2 });
    await worker(async () => {
      throw new Error("the disk is full");
    }).drain();
    queued = await enqueue({ kind: "test.report", workspaceId: ws.id, runAt: "2100-01-01T00:00:00.000Z" });
    foreign = await enqueue({ kind: "test.report", workspaceId: other.id, runAt: "2100-01-01T00:00:00.000Z" });
    await enqueue({ kind: "test.system", runAt: "2100-01-01T00:00:00.000Z" });
  });

  const list = async (query = "") => {
    const response = await admin()({ method: "GET", url: `/api/v1/jobs${query}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<{ items: Job[]; nextCursor: string | null }>();
  };

  it("lists the workspace's jobs newest first, filtered and paged; no other workspace's, no system jobs", async () => {
    expect((await list()).items.map((job) => job.id)).toEqual([queued, dead]);
    expect((await list("?status=dead")).items).toMatchObject([
      { id: dead, kind: "test.export", status: "dead", attempts: 2, maxAttempts: 2, lastError: "the disk is full", payload: { format: "csv" } },
    ]);
    expect((await list("?kind=test.report")).items.map((job) => job.id)).toEqual([queued]);
    const first = await list("?limit=1");
    expect(first.items.map((job) => job.id)).toEqual([queued]);
    const second = await list(`?limit=1&cursor=${first.nextCursor}`);
    expect(second).toMatchObject({ items: [{ id: dead }], nextCursor: null });
    const bad = await admin()({ method: "GET", url: "/api/v1/jobs?status=exploded" });
    expect(bad.statusCode).toBe(400);
  });

  it("reads one job", async () => {
    const response = await admin()({ method: "GET", url: `/api/v1/jobs/${dead}` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({ id: dead, status: "dead", finishedAt: expect.any(String), lockedBy: null });
  });

  it("retries a dead job now with all its attempts, audited, and refuses to retry one that is not failed or dead", async () => {
    const response = await admin()({ method: "POST", url: `/api/v1/jobs/${dead}/retry` });
    expect(response.statusCode, response.body).toBe(200);
    const retried = response.json<Job>();
    expect(retried).toMatchObject({ status: "queued", attempts: 0, finishedAt: null, lastError: "the disk is full" });
    expect(Date.parse(retried.runAt)).toBeLessThanOrEqual(Date.now());

    expect(await worker(async () => undefined).drain()).toBe(1);
    const after = await admin()({ method: "GET", url: `/api/v1/jobs/${dead}` });
    expect(after.json()).toMatchObject({ status: "succeeded", attempts: 1 });

    const again = await admin()({ method: "POST", url: `/api/v1/jobs/${dead}/retry` });
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ code: "job_not_retryable", detail: expect.stringContaining("succeeded") });

    const audit = await t.database.db.selectFrom("audit_entries").selectAll().where("record_id", "=", dead).execute();
    expect(audit).toMatchObject([{ action: "update", record_type: "job", summary: "Job test.export: retried", actor_member_id: ws.members.admin.id }]);
  });

  it("discards a queued job, which then never runs; a running one is refused", async () => {
    const response = await admin()({ method: "POST", url: `/api/v1/jobs/${queued}/discard` });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json()).toMatchObject({ id: queued, status: "discarded", finishedAt: expect.any(String) });
    await t.database.db.updateTable("jobs").set({ run_at: "2000-01-01T00:00:00.000Z" }).where("id", "=", queued).execute();
    expect(await worker(async () => undefined).drain()).toBe(0);
    const twice = await admin()({ method: "POST", url: `/api/v1/jobs/${queued}/discard` });
    expect(twice.statusCode).toBe(409);

    const running = await enqueue({ kind: "test.report", workspaceId: ws.id });
    await t.database.db.updateTable("jobs").set({ status: "running", locked_by: "elsewhere" }).where("id", "=", running).execute();
    const refused = await admin()({ method: "POST", url: `/api/v1/jobs/${running}/discard` });
    expect(refused.statusCode).toBe(409);
    expect(refused.json()).toMatchObject({ code: "job_not_discardable", detail: expect.stringContaining("running") });
  });

  it("is for admins only, and another workspace's job is not found", async () => {
    for (const [method, url] of [
      ["GET", "/api/v1/jobs"],
      ["GET", `/api/v1/jobs/${queued}`],
      ["POST", `/api/v1/jobs/${queued}/retry`],
      ["POST", `/api/v1/jobs/${queued}/discard`],
    ] as const) {
      const response = await as(t.app, ws.members.pmo)({ method, url });
      expect(response.statusCode, `${method} ${url}`).toBe(403);
    }
    for (const [method, url] of [
      ["GET", `/api/v1/jobs/${foreign}`],
      ["POST", `/api/v1/jobs/${foreign}/retry`],
      ["POST", `/api/v1/jobs/${foreign}/discard`],
    ] as const) {
      const response = await admin()({ method, url });
      expect(response.statusCode, `${method} ${url}`).toBe(404);
    }
    const untouched = await as(t.app, other.members.admin)({ method: "GET", url: `/api/v1/jobs/${foreign}` });
    expect(untouched.json()).toMatchObject({ status: "queued" });
  });
});
