import { WEBHOOK_EVENT_TYPES, type Webhook } from "#shared/contracts/webhooks.ts";

export type WebhookEventType = Webhook["eventTypes"][number];

export const ALL_EVENTS = "*";

/** "All events" first, then each type as receivers see it in the payload. */
export const EVENT_OPTIONS: { value: WebhookEventType; label: string }[] = [
  { value: ALL_EVENTS, label: "All events" },
  ...WEBHOOK_EVENT_TYPES.map((type) => ({ value: type, label: type })),
];

export const eventLabel = (type: string): string => (type === ALL_EVENTS ? "All events" : type);

/**
 * "All events" covers every type, so it is never chosen beside one: picking it
 * replaces the types chosen before, and picking a type after it replaces it.
 */
export function nextEventSelection(previous: string[], next: string[]): string[] {
  const added = next.filter((type) => !previous.includes(type));
  if (added.includes(ALL_EVENTS)) return [ALL_EVENTS];
  if (next.includes(ALL_EVENTS) && next.length > 1) return next.filter((type) => type !== ALL_EVENTS);
  return next;
}
