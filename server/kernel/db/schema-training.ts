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
