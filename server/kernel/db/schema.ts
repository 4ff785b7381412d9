import type { ColumnType } from "kysely";
import type {
  CheatSheetAcknowledgementsTable,
  CheatSheetLinksTable,
  CheatSheetReadsTable,
  CheatSheetReviewsTable,
  CheatSheetVersionsTable,
  CheatSheetsTable,
  GlossaryTermsTable,
} from "./schema-cheatsheets.ts";
import type {
  CertificationEvidenceTable,
  CertificationRemindersTable,
  CertificationRequirementsTable,
  CertificationsTable,
  CourseModulesTable,
  CoursesTable,
  EnrollmentConfirmationsTable,
  EnrollmentsTable,
  QuizAnswerPicksTable,
  QuizAnswersTable,
  QuizAttemptsTable,
  QuizQuestionsTable,
  QuizzesTable,
} from "./schema-training.ts";

export * from "./schema-cheatsheets.ts";
export * from "./schema-training.ts";

/**
 * Table types for Kysely. Timestamps are UTC ISO-8601 text, JSON is stored as
 * text (parsed in repositories), money is integer minor units: the same
 * columns behave the same on SQLite and PostgreSQL.
 */
export interface UsersTable {
  id: string;
  email: string;
  name: string;
  password_hash: string;
  created_at: string;
}

export interface WorkspacesTable {
  id: string;
  name: string;
  slug: string;
  created_at: string;
}

export interface MembersTable {
  id: string;
  workspace_id: string;
  user_id: string;
  /** JSON array of role keys. */
  roles: string;
  status: "active" | "deactivated";
  version: number;
  created_at: string;
  updated_at: string;
}

export interface SessionsTable {
  /** SHA-256 of the session token; the token itself is only in the cookie. */
  id: string;
  user_id: string;
  workspace_id: string;
  created_at: string;
  expires_at: string;
  last_seen_at: string;
  /** Pushed forward as the session is used (at most once a minute); past it, the session has been idle too long. */
  idle_expires_at: string;
}

export interface InvitationsTable {
  id: string;
  workspace_id: string;
  email: string;
  roles: string;
  token_hash: string;
  invited_by_member_id: string;
  status: "pending" | "accepted" | "revoked";
  expires_at: string;
  accepted_at: string | null;
  created_at: string;
}

export interface ApiTokensTable {
  id: string;
  workspace_id: string;
  member_id: string;
  name: string;
  token_hash: string;
  /** First characters of the token, shown so people can tell tokens apart. */
  prefix: string;
  expires_at: string | null;
  last_used_at: string | null;
  revoked_at: string | null;
  created_at: string;
}

export interface ServicesTable {
  id: string;
  workspace_id: string;
  name: string;
  summary: string;
  description: string;
  duration_min_weeks: number;
  duration_max_weeks: number;
  lead_time_weeks: number;
  /** JSON: EstimationTemplate from #shared/contracts/services.ts */
  estimation_template: string;
  currency: string;
  /** JSON: RateCard entries from #shared/contracts/services.ts */
  rate_card: string;
  /** Derived from template and rate card on write; prices in minor units. */
  effort_min_days: number;
  effort_max_days: number;
  /** PostgreSQL returns bigint as text: repositories convert with Number(). */
  price_min: ColumnType<number | string, number, number>;
  price_max: ColumnType<number | string, number, number>;
  owner_member_id: string | null;
  status: "active" | "retired";
  version: number;
  created_at: string;
  updated_at: string;
}

export interface AuditEntriesTable {
  id: string;
  workspace_id: string;
  actor_member_id: string | null;
  actor_name: string;
  action: "create" | "update" | "delete";
  record_type: string;
  record_id: string;
  summary: string;
  /** JSON snapshots; null where there is no before (create) or after (delete). */
  before: string | null;
  after: string | null;
  at: string;
}

export interface WorkspaceSettingsTable {
  workspace_id: string;
  /** JSON: the changed values of SettingsValues; defaults fill the rest. */
  settings: string;
  version: number;
  updated_at: string;
}

export interface WebhooksTable {
  id: string;
  workspace_id: string;
  url: string;
  description: string;
  /** JSON array of event types, or ["*"]. */
  event_types: string;
  secret: string;
  status: "active" | "paused";
  version: number;
  created_at: string;
  updated_at: string;
}

export interface WebhookDeliveriesTable {
  id: string;
  workspace_id: string;
  webhook_id: string;
  event_id: string;
  event_type: string;
  attempt: number;
  status: "pending" | "succeeded" | "failed";
  response_status: number | null;
  latency_ms: number | null;
  response_excerpt: string;
  created_at: string;
}

export interface EventsTable {
  id: string;
  workspace_id: string;
  /** `<record>.<what happened>`, e.g. `service.updated`. */
  type: string;
  record_type: string;
  record_id: string;
  actor_member_id: string | null;
  /** JSON: the event type's payload from #shared/contracts/events.ts */
  payload: string;
  occurred_at: string;
}

/**
 * queued → running → succeeded; a throw makes it failed (waiting for its
 * retry at run_at) or, after max_attempts, dead. Admins retry failed and dead
 * jobs, or discard them.
 */
export type JobStatus = "queued" | "running" | "succeeded" | "failed" | "dead" | "discarded";

export interface JobsTable {
  id: string;
  kind: string;
  /** JSON object handed to the kind's handler. */
  payload: string;
  workspace_id: string | null;
  unique_key: string | null;
  status: JobStatus;
  run_at: string;
  attempts: number;
  max_attempts: number;
  last_error: string | null;
  /** The worker holding the job while it runs, until locked_until. */
  locked_by: string | null;
  locked_until: string | null;
  created_at: string;
  updated_at: string;
  finished_at: string | null;
}

export interface RecurringJobsTable {
  name: string;
  cron: string;
  kind: string;
  next_run_at: string;
  last_run_at: string | null;
}

export type NotificationChannel = "in_app" | "email" | "digest" | "off";

export interface NotificationsTable {
  id: string;
  workspace_id: string;
  member_id: string;
  kind: string;
  title: string;
  body: string;
  /** A path in the app, e.g. `/services/<id>`. */
  link: string;
  event_id: string | null;
  /** The channel it was created for; `off` never has a row. */
  channel: Exclude<NotificationChannel, "off">;
  read_at: string | null;
  digested_at: string | null;
  created_at: string;
  /** The record it is about (e.g. `cheat_sheet` and its id), when it is about one. */
  subject_type: string | null;
  subject_id: string | null;
}

export interface NotificationPreferencesTable {
  workspace_id: string;
  member_id: string;
  kind: string;
  channel: NotificationChannel;
}

export interface Database {
  users: UsersTable;
  workspaces: WorkspacesTable;
  members: MembersTable;
  sessions: SessionsTable;
  invitations: InvitationsTable;
  api_tokens: ApiTokensTable;
  services: ServicesTable;
  audit_entries: AuditEntriesTable;
  events: EventsTable;
  jobs: JobsTable;
  recurring_jobs: RecurringJobsTable;
  workspace_settings: WorkspaceSettingsTable;
  webhooks: WebhooksTable;
  webhook_deliveries: WebhookDeliveriesTable;
  notifications: NotificationsTable;
  notification_preferences: NotificationPreferencesTable;
  search_documents: SearchDocumentsTable;
  glossary_terms: GlossaryTermsTable;
  cheat_sheets: CheatSheetsTable;
  cheat_sheet_versions: CheatSheetVersionsTable;
  cheat_sheet_links: CheatSheetLinksTable;
  cheat_sheet_reviews: CheatSheetReviewsTable;
  cheat_sheet_reads: CheatSheetReadsTable;
  cheat_sheet_acknowledgements: CheatSheetAcknowledgementsTable;
  outbox_messages: OutboxMessagesTable;
  sign_in_failures: SignInFailuresTable;
  password_resets: PasswordResetsTable;
  getting_started_dismissals: GettingStartedDismissalsTable;
  quizzes: QuizzesTable;
  quiz_questions: QuizQuestionsTable;
  quiz_attempts: QuizAttemptsTable;
  quiz_answers: QuizAnswersTable;
  quiz_answer_picks: QuizAnswerPicksTable;
  certification_requirements: CertificationRequirementsTable;
  certification_evidence: CertificationEvidenceTable;
  certifications: CertificationsTable;
  certification_reminders: CertificationRemindersTable;
  courses: CoursesTable;
  course_modules: CourseModulesTable;
  enrollments: EnrollmentsTable;
  enrollment_confirmations: EnrollmentConfirmationsTable;
}

/** One e-mail written to DATA_DIR/outbox, and the workspace that sent it (null: mail of no workspace). */
export interface OutboxMessagesTable {
  id: string;
  workspace_id: string | null;
  file_name: string;
  recipient: string;
  subject: string;
  created_at: string;
}

export interface SignInFailuresTable {
  id: string;
  /** Lowercased as typed, whether or not an account has it, so answers do not tell. */
  email: string;
  address: string;
  at: string;
}

export interface PasswordResetsTable {
  id: string;
  user_id: string;
  /** SHA-256 of the link's token; the token itself is only in the e-mail. */
  token_hash: string;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

/**
 * One searchable copy of a record for one audience (see server/kernel/search).
 * The index itself is dialect-specific and not typed here: an FTS5 table on
 * SQLite, generated tsvector columns on PostgreSQL.
 */
export interface SearchDocumentsTable {
  /** PostgreSQL returns bigint as text; only the search queries use it. */
  id: ColumnType<number | string, never, never>;
  workspace_id: string;
  kind: string;
  record_id: string;
  audience: string;
  title: string;
  body: string;
  status: string;
  /** Values between unit separators (U+001F): `\u001fpricing\u001frisk\u001f`, or "" for none. */
  tags: string;
  service_ids: string;
  updated_at: string;
}

/** A member who hid the getting-started checklist. */
export interface GettingStartedDismissalsTable {
  member_id: string;
  workspace_id: string;
  dismissed_at: string;
}
