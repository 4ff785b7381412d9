import { z } from "zod";
import { CertificationRecordSchema } from "./certifications.ts";
import { CheatSheetRecordSchema } from "./cheatsheets.ts";
import { EnrollmentRecordSchema } from "./courses.ts";
import { GlossaryTermRecordSchema } from "./glossary.ts";
import { InvitationRecordSchema } from "./invitations.ts";
import { MemberRecordSchema } from "./members.ts";
import { AttemptSummarySchema } from "./quizzes.ts";
import { ServiceRecordSchema } from "./services.ts";

/**
 * What each domain event carries: the records as the API presents them
 * (never secrets such as invitation tokens), and for updates the record as
 * it was before. Notifications and webhooks read these.
 */
export const EventPayloadSchemas = {
  "service.created": z.object({ service: ServiceRecordSchema }),
  "service.updated": z.object({ service: ServiceRecordSchema, previous: ServiceRecordSchema }),
  "service.deleted": z.object({ service: ServiceRecordSchema }),
  "member.updated": z.object({ member: MemberRecordSchema, previous: MemberRecordSchema }),
  "invitation.created": z.object({ invitation: InvitationRecordSchema }),
  "glossary_term.created": z.object({ term: GlossaryTermRecordSchema }),
  "glossary_term.updated": z.object({ term: GlossaryTermRecordSchema, previous: GlossaryTermRecordSchema }),
  "glossary_term.deleted": z.object({ term: GlossaryTermRecordSchema }),
  "cheatsheet.created": z.object({ sheet: CheatSheetRecordSchema }),
  "cheatsheet.updated": z.object({ sheet: CheatSheetRecordSchema, previous: CheatSheetRecordSchema }),
  "cheatsheet.deleted": z.object({ sheet: CheatSheetRecordSchema }),
  "cheatsheet.submitted": z.object({ sheet: CheatSheetRecordSchema, comment: z.string(), /** Submitted again after being edited (and so withdrawn) during its review. */ resubmitted: z.boolean() }),
  "cheatsheet.changes_requested": z.object({ sheet: CheatSheetRecordSchema, comment: z.string() }),
  /** A new version went live; `versionNumber` 1 is the first publication. */
  "cheatsheet.published": z.object({ sheet: CheatSheetRecordSchema, versionNumber: z.number(), comment: z.string() }),
  "cheatsheet.verified": z.object({ sheet: CheatSheetRecordSchema }),
  "cheatsheet.archived": z.object({ sheet: CheatSheetRecordSchema }),
  "cheatsheet.unarchived": z.object({ sheet: CheatSheetRecordSchema }),
  /** Past its verification date; repeated weekly while nobody re-verifies it. */
  "cheatsheet.stale": z.object({ sheet: CheatSheetRecordSchema }),
  /** An attempt closed with its score: submitted by the member, or run out of time (`deadline`). Never the answer key. */
  "quiz_attempt.submitted": z.object({
    attempt: AttemptSummarySchema,
    quiz: z.object({ id: z.string(), title: z.string(), serviceId: z.string().nullable() }),
    closedBy: z.enum(["member", "deadline"]),
  }),
  /** A member may now sell the service until `expiresOn`; `renewal` when it replaces an earlier one. */
  "certification.earned": z.object({ certification: CertificationRecordSchema, renewal: z.boolean() }),
  /** A reminder: 30 or 7 days are left (`daysLeft`), each sent once. */
  "certification.expiring": z.object({ certification: CertificationRecordSchema, daysLeft: z.number() }),
  /** The expiry day came without a renewal. */
  "certification.expired": z.object({ certification: CertificationRecordSchema }),
  "enrollment.created": z.object({ enrollment: EnrollmentRecordSchema }),
  /** Every module of the course is done. */
  "enrollment.completed": z.object({ enrollment: EnrollmentRecordSchema }),
  /** Past its due date and not completed; repeated weekly while it stays so. */
  "enrollment.overdue": z.object({ enrollment: EnrollmentRecordSchema }),
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
