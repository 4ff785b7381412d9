import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildWorkspace, type TestWorkspace } from "#tests/factories.ts";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";
import type { DomainEvent } from "#shared/contracts/events.ts";
import type { Service } from "#shared/contracts/services.ts";
import { fakeClock } from "../jobs/jobs.fixtures.ts";
import { JobWorker } from "../jobs/worker.ts";
import { EVENT_DISPATCH_JOB, EventSubscribers, eventDispatchHandler, recordEvent } from "./events.ts";

const service = { id: "0192f0c0-0000-7000-8000-000000000001", name: "Cloud migration" } as Service;

describe("domain events", () => {
  let database: TestDatabase;
  let ws: TestWorkspace;
  beforeAll(async () => {
    database = await createTestDatabase();
    ws = await buildWorkspace(database.db);
  });
  afterAll(() => database.close());

  const actor = () => ({ workspaceId: ws.id, memberId: ws.members.pmo.id });
  const eventsOf = (recordId: string) => database.db.selectFrom("events").selectAll().where("record_id", "=", recordId).execute();
  const dispatchJobs = (eventId: string) =>
    database.db.selectFrom("jobs").selectAll().where("unique_key", "=", `${EVENT_DISPATCH_JOB}:${eventId}`).execute();

  it("leave neither event nor job when the change rolls back", async () => {
    let eventId = "";
    await expect(
      database.db.transaction().execute(async (trx) => {
        eventId = await recordEvent(trx, actor(), { type: "service.deleted", recordType: "service", recordId: "rolled-back", payload: { service } });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(eventId).not.toBe("");
    expect(await eventsOf("rolled-back")).toEqual([]);
    expect(await dispatchJobs(eventId)).toEqual([]);
  });

  it("are stored with a durable dispatch job when the change commits", async () => {
    const eventId = await database.db
      .transaction()
      .execute((trx) => recordEvent(trx, actor(), { type: "service.created", recordType: "service", recordId: service.id, payload: { service } }));
    expect(await eventsOf(service.id)).toEqual([
      {
        id: eventId,
        workspace_id: ws.id,
        type: "service.created",
        record_type: "service",
        record_id: service.id,
        actor_member_id: ws.members.pmo.id,
        payload: JSON.stringify({ service }),
        occurred_at: expect.any(String),
      },
    ]);
    expect(await dispatchJobs(eventId)).toEqual([
      expect.objectContaining({ kind: EVENT_DISPATCH_JOB, status: "queued", workspace_id: ws.id, payload: JSON.stringify({ eventId }) }),
    ]);
  });

  it("reach their subscribers through the job, also from a worker started after the commit", async () => {
    const clock = fakeClock(Date.now() + 1000);
    const eventId = await database.db
      .transaction()
      .execute((trx) => recordEvent(trx, actor(), { type: "service.updated", recordType: "service", recordId: "dispatched", payload: { service, previous: service } }));

    const subscribers = new EventSubscribers();
    const received: string[] = [];
    subscribers.on("service.updated", async (event) => void received.push(`updated ${event.payload.service.name}`));
    subscribers.on("service.deleted", async () => void received.push("deleted"));
    const unsubscribe = subscribers.on("*", async (event: DomainEvent) => void received.push(`any ${event.type} by ${event.actorMemberId}`));
    let failures = 1;
    subscribers.on("service.updated", async () => {
      if (failures-- > 0) throw new Error("the mail server is down");
    });

    // A worker of a process that starts later (the one that recorded it died right after the commit).
    const worker = new JobWorker({ database, clock, handlers: { [EVENT_DISPATCH_JOB]: eventDispatchHandler(subscribers) }, backoff: () => 1000 });
    expect(await worker.drain()).toBeGreaterThanOrEqual(1);
    const [job] = await dispatchJobs(eventId);
    expect(job).toMatchObject({ status: "failed", attempts: 1, last_error: "the mail server is down" });
    expect(received).toContain("updated Cloud migration");
    expect(received).toContain(`any service.updated by ${ws.members.pmo.id}`);
    expect(received).not.toContain("deleted");

    // The retry calls every subscriber again, so subscribers must tolerate a repeat.
    received.length = 0;
    unsubscribe();
    clock.advance(1000);
    await worker.drain();
    expect((await dispatchJobs(eventId))[0]).toMatchObject({ status: "succeeded", attempts: 2 });
    expect(received).toEqual(["updated Cloud migration"]);
  });
});
