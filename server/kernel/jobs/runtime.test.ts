import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { readEnv } from "#server/env.ts";
import { buildWorkspace } from "#tests/factories.ts";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";
import type { DomainEvent } from "#shared/contracts/events.ts";
import type { Service } from "#shared/contracts/services.ts";
import { onEvent, recordEvent } from "../events/events.ts";
import { STALE_SHEETS_JOB } from "#server/modules/cheatsheets/cheatsheets.jobs.ts";
import { OVERDUE_ENROLLMENTS_JOB } from "#server/modules/courses/courses.jobs.ts";
import { CERTIFICATION_REMINDERS_JOB } from "#server/modules/certifications/certifications.jobs.ts";
import { CLOSE_OVERDUE_ATTEMPTS_JOB } from "#server/modules/quizzes/quizzes.jobs.ts";
import { NOTIFICATION_DIGEST_JOB } from "#server/modules/notifications/notifications.jobs.ts";
import { CLEANUP_JOB, FINISHED_JOB_DAYS, cleanupFinishedJobs } from "./cleanup.ts";
import { deferred } from "./jobs.fixtures.ts";
import { enqueueJob } from "./queue.ts";
import { startJobRuntime } from "./runtime.ts";
import { silentLogger } from "./handler.ts";
import { JobWorker } from "./worker.ts";

describe("the job runtime of a Tandem process", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it("schedules the clean-up, dispatches events to the process's subscribers, and stops", async () => {
    const ws = await buildWorkspace(database.db);
    const received = deferred<DomainEvent>();
    const unsubscribe = onEvent("service.created", async (event) => received.resolve(event));
    const jobs = await startJobRuntime({ database, env: readEnv({ NODE_ENV: "test", WORKER_CONCURRENCY: "2", WORKER_POLL_MS: "50" }), logger: silentLogger });
    try {
      const service = { id: "0192f0c0-0000-7000-8000-00000000000a", name: "Runtime" } as Service;
      const eventId = await database.db
        .transaction()
        .execute((trx) => recordEvent(trx, { workspaceId: ws.id, memberId: null }, { type: "service.created", recordType: "service", recordId: service.id, payload: { service } }));
      expect(await received.promise).toMatchObject({ id: eventId, payload: { service } });
      expect(await database.db.selectFrom("recurring_jobs").select(["name", "kind"]).orderBy("name").execute()).toEqual([
        { name: CERTIFICATION_REMINDERS_JOB, kind: CERTIFICATION_REMINDERS_JOB },
        { name: STALE_SHEETS_JOB, kind: STALE_SHEETS_JOB },
        { name: OVERDUE_ENROLLMENTS_JOB, kind: OVERDUE_ENROLLMENTS_JOB },
        { name: CLEANUP_JOB, kind: CLEANUP_JOB },
        { name: NOTIFICATION_DIGEST_JOB, kind: NOTIFICATION_DIGEST_JOB },
        { name: CLOSE_OVERDUE_ATTEMPTS_JOB, kind: CLOSE_OVERDUE_ATTEMPTS_JOB },
      ]);
    } finally {
      unsubscribe();
      await jobs.stop();
    }
    expect(jobs.worker.running).toBe(0);
  });

  it("cleans up finished jobs after their retention, keeping dead ones and the queue", async () => {
    const old = new Date(Date.now() - (FINISHED_JOB_DAYS + 1) * 86_400_000).toISOString();
    const ids: Record<string, string> = {};
    for (const status of ["succeeded", "discarded", "dead", "queued"] as const) {
      ids[status] = await enqueueJob(database.db, { kind: "test.old", runAt: "2100-01-01T00:00:00.000Z" });
      await database.db.updateTable("jobs").set({ status, finished_at: status === "queued" ? null : old }).where("id", "=", ids[status]!).execute();
    }
    ids.recent = await enqueueJob(database.db, { kind: "test.old" });
    await database.db.updateTable("jobs").set({ status: "succeeded", finished_at: new Date().toISOString() }).where("id", "=", ids.recent).execute();

    await enqueueJob(database.db, { kind: CLEANUP_JOB });
    expect(await new JobWorker({ database, handlers: { [CLEANUP_JOB]: cleanupFinishedJobs } }).drain()).toBe(1);
    const left = await database.db.selectFrom("jobs").select("id").where("kind", "=", "test.old").execute();
    expect(left.map((job) => job.id).sort()).toEqual([ids.dead, ids.queued, ids.recent].sort());
  });
});
