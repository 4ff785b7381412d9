import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "#tests/setup/test-database.ts";
import { jobRow } from "./jobs.fixtures.ts";
import { enqueueJob } from "./queue.ts";

describe("enqueueJob", () => {
  let database: TestDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  const jobsWithKey = (key: string) => database.db.selectFrom("jobs").select("id").where("unique_key", "=", key).execute();

  it("queues a job in the caller's transaction, due now unless told otherwise", async () => {
    const id = await database.db.transaction().execute((trx) =>
      enqueueJob(trx, { kind: "test.hello", payload: { to: "world" }, runAt: "2030-01-01T00:00:00.000Z", maxAttempts: 3 }),
    );
    expect(await jobRow(database.db, id)).toMatchObject({
      kind: "test.hello",
      payload: JSON.stringify({ to: "world" }),
      status: "queued",
      run_at: "2030-01-01T00:00:00.000Z",
      attempts: 0,
      max_attempts: 3,
      workspace_id: null,
      unique_key: null,
    });
  });

  it("leaves nothing behind when the transaction rolls back", async () => {
    let id = "";
    await expect(
      database.db.transaction().execute(async (trx) => {
        id = await enqueueJob(trx, { kind: "test.rolled-back" });
        throw new Error("the change failed");
      }),
    ).rejects.toThrow("the change failed");
    expect(await database.db.selectFrom("jobs").select("id").where("id", "=", id).execute()).toEqual([]);
  });

  it("queues a job with a unique key once, returning the first job's id", async () => {
    const first = await enqueueJob(database.db, { kind: "test.once", uniqueKey: "once:1" });
    const again = await enqueueJob(database.db, { kind: "test.once", uniqueKey: "once:1", payload: { other: true } });
    const inOneTransaction = await database.db.transaction().execute(async (trx) => [
      await enqueueJob(trx, { kind: "test.once", uniqueKey: "once:2" }),
      await enqueueJob(trx, { kind: "test.once", uniqueKey: "once:2" }),
    ]);
    expect(again).toBe(first);
    expect(inOneTransaction[1]).toBe(inOneTransaction[0]);
    expect(await jobsWithKey("once:1")).toEqual([{ id: first }]);
    expect(await jobsWithKey("once:2")).toHaveLength(1);
    // The duplicate did not abort the transaction it ran in.
    expect((await jobRow(database.db, first)).payload).toBe("{}");
  });

  it("lets two transactions race for the same key without failing either", async () => {
    const other = database.connectAgain();
    try {
      const first = await database.db.startTransaction().execute();
      const firstId = await enqueueJob(first, { kind: "test.race", uniqueKey: "race:1" });
      // On PostgreSQL the second insert waits for the first transaction; on SQLite for the connection.
      const second = other.db.transaction().execute((trx) => enqueueJob(trx, { kind: "test.race", uniqueKey: "race:1" }));
      await first.commit().execute();
      expect(await second).toBe(firstId);
      expect(await jobsWithKey("race:1")).toHaveLength(1);
    } finally {
      await other.close();
    }
  });

  it("refuses a malformed kind or attempt count", async () => {
    await expect(enqueueJob(database.db, { kind: "Not A Kind" })).rejects.toThrow(/not a job kind/);
    await expect(enqueueJob(database.db, { kind: "test.ok", maxAttempts: 0 })).rejects.toThrow(/maxAttempts/);
    await expect(enqueueJob(database.db, { kind: "test.ok", runAt: "soon" })).rejects.toThrow(/not a time/);
  });
});
