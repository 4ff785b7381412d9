import { z } from "zod";
import type { Db, Executor } from "../db/database.ts";
import { newId, now } from "../ids.ts";
import { enqueueJob } from "../jobs/queue.ts";
import type { JobHandler, JobLogger } from "../jobs/handler.ts";
import type { DomainEvent, EventPayload, EventType } from "#shared/contracts/events.ts";
import * as repository from "./events.repository.ts";

export const EVENT_DISPATCH_JOB = "event.dispatch";

/** Who caused the event; `memberId` is null when the system acted. */
export interface EventActor {
  workspaceId: string;
  memberId: string | null;
}

export interface EventInput<T extends EventType> {
  type: T;
  recordType: string;
  recordId: string;
  payload: EventPayload<T>;
}

/**
 * Records what happened in the caller's transaction, with a job that will
 * hand the event to its subscribers (the transactional outbox): a change
 * that rolls back leaves neither, and once the change commits the job is
 * durable, so a process that dies right after the commit loses nothing.
 * Call it beside writeAudit, with the same presented records.
 */
export async function recordEvent<T extends EventType>(trx: Executor, actor: EventActor, input: EventInput<T>): Promise<string> {
  const id = newId();
  await repository.insertEvent(trx, {
    id,
    workspace_id: actor.workspaceId,
    type: input.type,
    record_type: input.recordType,
    record_id: input.recordId,
    actor_member_id: actor.memberId,
    payload: JSON.stringify(input.payload),
    occurred_at: now(),
  });
  await enqueueJob(trx, {
    kind: EVENT_DISPATCH_JOB,
    payload: { eventId: id },
    workspaceId: actor.workspaceId,
    uniqueKey: `${EVENT_DISPATCH_JOB}:${id}`,
  });
  return id;
}

export interface SubscriberContext {
  db: Db;
  signal: AbortSignal;
  logger: JobLogger;
}

/**
 * Runs when an event is dispatched, after its change committed. A failing
 * subscriber fails the dispatch job, whose retry calls every subscriber of
 * the event again: subscribers must tolerate a repeat, e.g. by enqueueing
 * their own work with a unique key that names the event.
 */
export type EventSubscriber<T extends EventType = EventType> = (event: DomainEvent<T>, context: SubscriberContext) => Promise<void>;

export class EventSubscribers {
  private readonly byType = new Map<string, Set<EventSubscriber>>();

  /** Subscribes to one event type or to every one ("*"); returns the unsubscribe function. */
  on<T extends EventType>(type: T | "*", subscriber: EventSubscriber<T>): () => void {
    const set = this.byType.get(type) ?? new Set();
    this.byType.set(type, set);
    set.add(subscriber as EventSubscriber);
    return () => set.delete(subscriber as EventSubscriber);
  }

  of(type: string): EventSubscriber[] {
    return [...(this.byType.get(type) ?? []), ...(this.byType.get("*") ?? [])];
  }
}

/** The process's subscribers; modules subscribe when they load. */
export const eventSubscribers = new EventSubscribers();

export const onEvent = <T extends EventType>(type: T | "*", subscriber: EventSubscriber<T>) => eventSubscribers.on(type, subscriber);

const DispatchPayloadSchema = z.object({ eventId: z.string() });

/** The `event.dispatch` job: calls every subscriber of the event, then fails if any of them failed. */
export function eventDispatchHandler(subscribers: EventSubscribers = eventSubscribers): JobHandler {
  return async (payload, { db, signal, logger }) => {
    const { eventId } = DispatchPayloadSchema.parse(payload);
    const row = await repository.findEvent(db, eventId);
    if (!row) throw new Error(`Event ${eventId} does not exist.`);
    const event = presentEvent(row);
    const failures: unknown[] = [];
    for (const subscriber of subscribers.of(event.type)) {
      try {
        await subscriber(event, { db, signal, logger });
      } catch (error) {
        failures.push(error);
      }
    }
    if (failures.length === 1) throw failures[0];
    if (failures.length > 1) throw new AggregateError(failures, `${failures.length} subscribers of ${event.type} failed.`);
  };
}

export function presentEvent(row: repository.EventRow): DomainEvent {
  return {
    id: row.id,
    type: row.type as EventType,
    workspaceId: row.workspace_id,
    recordType: row.record_type,
    recordId: row.record_id,
    actorMemberId: row.actor_member_id,
    payload: JSON.parse(row.payload) as DomainEvent["payload"],
    occurredAt: row.occurred_at,
  };
}
