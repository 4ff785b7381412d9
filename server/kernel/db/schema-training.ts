/** Training's tables: quizzes and their attempts (see schema.ts for the conventions). */

export interface QuizzesTable {
  id: string;
  workspace_id: string;
  /** The service whose certification the quiz is; null for a stand-alone quiz. At most one per service. */
  service_id: string | null;
  title: string;
  /** The title in lower case: the list's alphabetical order. */
  sort_key: string;
  description: string;
  /** Percent of the drawn questions to answer correctly. */
  pass_mark: number;
  /** How many questions an attempt draws from the bank. */
  questions_per_attempt: number;
  /** Null: no limit. Counted since the member's last pass. */
  max_attempts: number | null;
  cooldown_minutes: number;
  /** Null: untimed. */
  time_limit_minutes: number | null;
  status: "draft" | "published";
  version: number;
  created_at: string;
  updated_at: string;
}

export interface QuizQuestionsTable {
  id: string;
  workspace_id: string;
  quiz_id: string;
  /** Order in the bank, as authors arranged it. */
  position: number;
  kind: "single" | "multiple";
  prompt: string;
  explanation: string;
  /** JSON array of { id, text, correct }: the answer key, never sent to a taker before the attempt closes. */
  choices: string;
  version: number;
  created_at: string;
  updated_at: string;
}

export type QuizAttemptStatus = "in_progress" | "submitted" | "expired";

export interface QuizAttemptsTable {
  id: string;
  workspace_id: string;
  quiz_id: string;
  member_id: string;
  /** 1 for the member's first attempt at this quiz, and so on. */
  number: number;
  status: QuizAttemptStatus;
  started_at: string;
  /** Past it (plus the grace), the attempt is scored as it stands. */
  deadline_at: string;
  closed_at: string | null;
  /** JSON: the drawn questions in the order shown, choices shuffled, with the key as it was when drawn. */
  questions: string;
  /** JSON: question id → chosen choice ids, as saved so far. */
  answers: string;
  correct_count: number | null;
  question_count: number;
  /** Percent, rounded down; null while open. */
  score: number | null;
  passed: number | null;
  pass_mark: number;
}

/** One answered (or left empty) question of a closed attempt: the per-question statistics. */
export interface QuizAnswersTable {
  workspace_id: string;
  quiz_id: string;
  attempt_id: string;
  question_id: string;
  answered: number;
  correct: number;
}

/** One choice picked in a closed attempt: how often each choice is picked. */
export interface QuizAnswerPicksTable {
  workspace_id: string;
  quiz_id: string;
  attempt_id: string;
  question_id: string;
  choice_id: string;
}

/** A service that needs a certification to sell it, and how it is earned. */
export interface CertificationRequirementsTable {
  workspace_id: string;
  service_id: string;
  /** Months a certification holds; its expiry is the earned date plus these. */
  validity_months: number;
  /** Null: the quiz alone certifies. Else a session linked to the service attended in the last N months is needed too. */
  attendance_months: number | null;
  version: number;
  created_at: string;
  updated_at: string;
}

/** What a certification is earned from, recorded as it happens: a passed quiz, an attended session. */
export interface CertificationEvidenceTable {
  id: string;
  workspace_id: string;
  member_id: string;
  service_id: string;
  kind: "quiz" | "attendance";
  /** The attempt or the session occurrence. */
  ref_id: string;
  at: string;
}

/** "Member M may sell service S until D": one row per earning, so renewals keep the history. */
export interface CertificationsTable {
  id: string;
  workspace_id: string;
  member_id: string;
  service_id: string;
  /** 1 for the first earning, 2 for the first renewal… */
  number: number;
  earned_at: string;
  /** Calendar dates (UTC), YYYY-MM-DD. On `expires_on` the certification no longer holds. */
  earned_on: string;
  expires_on: string;
  validity_months: number;
  quiz_attempt_id: string;
  /** 1 for the latest earning of its member and service; 0 once a renewal replaced it. */
  current: number;
}

/** Each reminder (30, 7, 0 days before expiry) is sent once per certification. */
export interface CertificationRemindersTable {
  certification_id: string;
  workspace_id: string;
  days_before: number;
  sent_at: string;
}

/** A course: an ordered list of modules. At most one per workspace is the onboarding course. */
export interface CoursesTable {
  id: string;
  workspace_id: string;
  title: string;
  sort_key: string;
  description: string;
  /** 1 for the workspace's onboarding course: a member who gets the rep or se role is enrolled in it. */
  onboarding: number;
  status: "draft" | "published";
  version: number;
  created_at: string;
  updated_at: string;
}

export type CourseModuleKind = "cheat_sheet" | "link" | "quiz";

export interface CourseModulesTable {
  id: string;
  workspace_id: string;
  course_id: string;
  position: number;
  kind: CourseModuleKind;
  /** The link's text; for a sheet or quiz, empty (their own title shows). */
  title: string;
  url: string | null;
  /** The cheat sheet or quiz. */
  ref_id: string | null;
}

export interface EnrollmentsTable {
  id: string;
  workspace_id: string;
  course_id: string;
  member_id: string;
  /** `manual`: picked by a manager; `role`: everyone holding a role then; `automatic`: the onboarding course on getting the rep or se role. */
  source: "manual" | "role" | "automatic";
  enrolled_by_member_id: string | null;
  enrolled_at: string;
  /** YYYY-MM-DD, or null for no due date. */
  due_on: string | null;
  /** The last time every module was done (a new sheet version can open one again). */
  completed_at: string | null;
  /** When the member was last reminded that it is overdue. */
  reminded_on: string | null;
}

/** A link module the member opened and confirmed. */
export interface EnrollmentConfirmationsTable {
  workspace_id: string;
  enrollment_id: string;
  module_id: string;
  confirmed_at: string;
}
