import type { Database } from "#server/kernel/db/schema.ts";

/**
 * Which module owns each table: only its repositories read and write it;
 * everyone else asks that module's exported functions (docs/decisions/0016).
 * "kernel" tables belong to the platform (queue, events, search, outbox).
 * A table missing here fails the type check; a query on someone else's table
 * fails `server/modules/boundaries.unit.test.ts`.
 */
export const TABLE_OWNERS = {
  users: "auth",
  workspaces: "auth",
  sessions: "auth",
  sign_in_failures: "auth",
  password_resets: "auth",
  members: "members",
  invitations: "invitations",
  api_tokens: "tokens",
  services: "services",
  audit_entries: "audit",
  workspace_settings: "settings",
  webhooks: "webhooks",
  webhook_deliveries: "webhooks",
  notifications: "notifications",
  notification_preferences: "notifications",
  glossary_terms: "glossary",
  cheat_sheets: "cheatsheets",
  cheat_sheet_versions: "cheatsheets",
  cheat_sheet_links: "cheatsheets",
  cheat_sheet_reviews: "cheatsheets",
  cheat_sheet_reads: "cheatsheets",
  cheat_sheet_acknowledgements: "cheatsheets",
  events: "kernel",
  jobs: "kernel",
  recurring_jobs: "kernel",
  search_documents: "kernel",
  outbox_messages: "kernel",
  getting_started_dismissals: "onboarding",
  quizzes: "quizzes",
  quiz_questions: "quizzes",
  quiz_attempts: "quizzes",
  quiz_answers: "quizzes",
  quiz_answer_picks: "quizzes",
  certification_requirements: "certifications",
  certification_evidence: "certifications",
  certifications: "certifications",
  certification_reminders: "certifications",
  courses: "courses",
  course_modules: "courses",
  enrollments: "courses",
  enrollment_confirmations: "courses",
} as const satisfies Record<keyof Database, string>;

/** The few reads across a boundary, each with its reason. Keep this list short. */
export const GRANTED_TABLES: readonly { module: string; table: keyof Database; why: string }[] = [
  { module: "members", table: "users", why: "a member is a person: the member directory is the one place that joins members to users" },
  { module: "jobs", table: "jobs", why: "the admin API over the kernel's queue: list, retry and discard jobs" },
];
