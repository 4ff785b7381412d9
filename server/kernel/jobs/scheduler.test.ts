import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { DatabaseHandle } from "../db/database.ts";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";
import { CronError } from "./cron.ts";
import { fakeClock } from "./jobs.fixtures.ts";
import { findRecurringJob } from "./jobs.repository.ts";
import { Scheduler } from "./scheduler.ts";
import { JobWorker } from "./worker.ts";

describe("recurring jobs", () => {
  let database: TestDatabase;
  let other: DatabaseHandle;
  beforeAll(async () => {
    database = await createTestDatabase();
    // A second process's connection on PostgreSQL; on SQLite one process owns the database.
    other = database.connectAgain();
  });
  afterAll(async () => {
    await other?.close();
    await database?.close();
  });

  const runsOf = (kind: string) =>
    database.db.selectFrom("jobs").select(["payload", "run_at", "unique_key"]).where("kind", "=", kind).orderBy("run_at").execute();

  it("tick once per period across two schedulers", async () => {
    const clock = fakeClock("2026-11-25T10:30:00.000Z");
    const schedulers = [new Scheduler({ db: database.db, clock }), new Scheduler({ db: other.db, clock })];
    // Every process registers the schedule at start.
    await Promise.all(schedulers.map((scheduler) => scheduler.schedule("hourly-sweep", "0 * * * *", "test.sweep")));
    const tickAll = async () => (await Promise.all(schedulers.map((scheduler) => scheduler.tick()))).flat();

    expect(await tickAll()).toEqual([]);
    clock.set("2026-11-25T11:00:00.000Z");
    expect(await tickAll()).toEqual(["hourly-sweep"]);
    expect(await tickAll()).toEqual([]);
    clock.set("2026-11-25T11:59:59.999Z");
    expect(await tickAll()).toEqual([]);
    clock.set("2026-11-25T12:00:04.000Z");
    expect(await tickAll()).toEqual(["hourly-sweep"]);
    expect(await tickAll()).toEqual([]);

    expect(await runsOf("test.sweep")).toEqual([
      {
        payload: JSON.stringify({ schedule: "hourly-sweep", scheduledFor: "2026-11-25T11:00:00.000Z" }),
        run_at: "2026-11-25T11:00:00.000Z",
        unique_key: "recurring:hourly-sweep:2026-11-25T11:00:00.000Z",
      },
      {
        payload: JSON.stringify({ schedule: "hourly-sweep", scheduledFor: "2026-11-25T12:00:00.000Z" }),
        run_at: "2026-11-25T12:00:00.000Z",
        unique_key: "recurring:hourly-sweep:2026-11-25T12:00:00.000Z",
      },
    ]);
    expect(await findRecurringJob(database.db, "hourly-sweep")).toMatchObject({
      next_run_at: "2026-11-25T13:00:00.000Z",
      last_run_at: "2026-11-25T12:00:00.000Z",
    });
  });

  it("runs a missed stretch once, not once per missed period", async () => {
    const clock = fakeClock("2026-11-25T10:30:00.000Z");
    const scheduler = new Scheduler({ db: database.db, clock });
    await scheduler.schedule("quarterly", "*/15 * * * *", "test.quarter");
    clock.set("2026-11-25T12:40:00.000Z");
    expect(await scheduler.tick()).toEqual(["quarterly"]);
    expect(await runsOf("test.quarter")).toHaveLength(1);
    expect(await findRecurringJob(database.db, "quarterly")).toMatchObject({ next_run_at: "2026-11-25T12:45:00.000Z" });
  });

  it("keeps the next run when a process registers the same schedule again, and moves it when the cron changes", async () => {
    const clock = fakeClock("2026-11-25T10:30:00.000Z");
    const scheduler = new Scheduler({ db: database.db, clock });
    await scheduler.schedule("digest", "0 8 * * *", "test.digest");
    clock.set("2026-11-26T07:59:00.000Z");
    await scheduler.schedule("digest", "0 8 * * *", "test.digest");
    expect(await findRecurringJob(database.db, "digest")).toMatchObject({ next_run_at: "2026-11-26T08:00:00.000Z" });
    await scheduler.schedule("digest", "0 9 * * *", "test.digest");
    expect(await findRecurringJob(database.db, "digest")).toMatchObject({ cron: "0 9 * * *", next_run_at: "2026-11-26T09:00:00.000Z" });
    await expect(scheduler.schedule("broken", "every morning", "test.digest")).rejects.toThrow(CronError);
  });

  it("hands the due run to the worker", async () => {
    const clock = fakeClock("2026-11-25T10:30:00.000Z");
    const scheduler = new Scheduler({ db: database.db, clock });
    await scheduler.schedule("nightly", "0 3 * * *", "test.nightly");
    clock.set("2026-11-26T03:00:01.000Z");
    await scheduler.tick();
    const seen: unknown[] = [];
    const worker = new JobWorker({ database, clock, handlers: { "test.nightly": async (payload) => void seen.push(payload) } });
    expect(await worker.drain()).toBe(1);
    expect(seen).toEqual([{ schedule: "nightly", scheduledFor: "2026-11-26T03:00:00.000Z" }]);
  });
});
