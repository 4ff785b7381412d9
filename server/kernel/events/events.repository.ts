import type { Insertable, Selectable } from "kysely";
import type { Executor } from "../db/database.ts";
import type { EventsTable } from "../db/schema.ts";

export type EventRow = Selectable<EventsTable>;

export async function insertEvent(db: Executor, row: Insertable<EventsTable>): Promise<void> {
  await db.insertInto("events").values(row).execute();
}

/** By id alone: the dispatch job is the system's, and the event names its workspace. */
export function findEvent(db: Executor, id: string): Promise<EventRow | undefined> {
  return db.selectFrom("events").selectAll().where("id", "=", id).executeTakeFirst();
}
