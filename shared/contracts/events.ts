import { z } from "zod";
import { InvitationSchema } from "./invitations.ts";
import { MemberSchema } from "./members.ts";
import { ServiceSchema } from "./services.ts";

/**
 * What each domain event carries: the records as the API presents them
 * (never secrets such as invitation tokens), and for updates the record as
 * it was before. Notifications and webhooks read these.
 */
export const EventPayloadSchemas = {
  "service.created": z.object({ service: ServiceSchema }),
  "service.updated": z.object({ service: ServiceSchema, previous: ServiceSchema }),
  "service.deleted": z.object({ service: ServiceSchema }),
  "member.updated": z.object({ member: MemberSchema, previous: MemberSchema }),
  "invitation.created": z.object({ invitation: InvitationSchema }),
} as const;

export type EventType = keyof typeof EventPayloadSchemas;
export const EVENT_TYPES = Object.keys(EventPayloadSchemas) as EventType[];
export type EventPayload<T extends EventType> = z.infer<(typeof EventPayloadSchemas)[T]>;

export interface DomainEvent<T extends EventType = EventType> {
  id: string;
  type: T;
  workspaceId: string;
  recordType: string;
  recordId: string;
  /** Null when the system acted (a job, a command). */
  actorMemberId: string | null;
  payload: EventPayload<T>;
  occurredAt: string;
}
