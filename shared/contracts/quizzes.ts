import { z } from "zod";
import { attemptPolicy, questionPolicy, quizPolicy } from "#shared/policies/quizzes.ts";
import { permissionsSchema } from "#shared/policies/policy.ts";
import { IdSchema, MemberRefSchema, PageQuerySchema, VersionSchema, pageOf, requiredText, text } from "./common.ts";

/** A bank holds at most this many questions; an attempt draws at most MAX_DRAWN. */
export const MAX_BANK_SIZE = 200;
export const MAX_DRAWN = 50;

const whole = (min: number, max: number, unit: string) =>
  z.number().int("Use a whole number.").min(min, `At least ${min} ${unit}.`).max(max, `At most ${max} ${unit}.`);

const quizFields = {
  title: requiredText(120),
  description: text(2000),
  /** The service this quiz certifies; null for a stand-alone quiz. */
  serviceId: IdSchema.nullable(),
  /** Percent of the drawn questions answered correctly to pass. */
  passMark: whole(1, 100, "percent"),
  questionsPerAttempt: whole(1, MAX_DRAWN, "questions"),
  /** Null: no limit. Counted since the member's last pass. */
  maxAttempts: whole(1, 20, "attempts").nullable(),
  /** Minutes between the end of one attempt and the start of the next. */
  cooldownMinutes: whole(0, 43_200, "minutes"),
  /** Null: untimed. Enforced by the server. */
  timeLimitMinutes: whole(1, 480, "minutes").nullable(),
};

export const CreateQuizSchema = z.strictObject({
  ...quizFields,
  description: quizFields.description.default(""),
  serviceId: quizFields.serviceId.default(null),
  passMark: quizFields.passMark.default(80),
  questionsPerAttempt: quizFields.questionsPerAttempt.default(10),
  maxAttempts: quizFields.maxAttempts.default(3),
  cooldownMinutes: quizFields.cooldownMinutes.default(60),
  timeLimitMinutes: quizFields.timeLimitMinutes.default(null),
});
export type CreateQuizInput = z.input<typeof CreateQuizSchema>;
export type CreateQuizData = z.infer<typeof CreateQuizSchema>;

export const UpdateQuizSchema = z.strictObject(quizFields).partial().extend({ version: VersionSchema });
export type UpdateQuizInput = z.infer<typeof UpdateQuizSchema>;

export const QuizStatusSchema = z.enum(["draft", "published"]);

/** A quiz as the audit log and events record it: its settings, never its questions. */
export const QuizRecordSchema = z.object({
  id: z.string(),
  title: z.string(),
  description: z.string(),
  service: z.object({ id: z.string(), name: z.string() }).nullable(),
  passMark: z.number(),
  questionsPerAttempt: z.number(),
  maxAttempts: z.number().nullable(),
  cooldownMinutes: z.number(),
  timeLimitMinutes: z.number().nullable(),
  status: QuizStatusSchema,
  /** Questions in the bank. */
  bankSize: z.number(),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
});
export type QuizRecord = z.infer<typeof QuizRecordSchema>;

/** Where the caller stands with the quiz. */
export const QuizProgressSchema = z.object({
  /** Attempts since the caller's last pass. */
  attemptsUsed: z.number(),
  attemptsLeft: z.number().nullable(),
  bestScore: z.number().nullable(),
  passed: z.boolean(),
  passedAt: z.string().nullable(),
  /** An attempt still open: starting again resumes it. */
  openAttemptId: z.string().nullable(),
  /** When the cool-down lets the caller start again; null if they can now. */
  nextAttemptAt: z.string().nullable(),
});
export type QuizProgress = z.infer<typeof QuizProgressSchema>;

export const QuizSchema = QuizRecordSchema.extend({ progress: QuizProgressSchema, permissions: permissionsSchema(quizPolicy) });
export type Quiz = z.infer<typeof QuizSchema>;
export const QuizPageSchema = pageOf(QuizSchema);

export const QuizListQuerySchema = PageQuerySchema.extend({
  q: text(100).optional(),
  serviceId: IdSchema.optional(),
  /** Members who do not build quizzes see published ones only. */
  status: QuizStatusSchema.optional(),
  sort: z.enum(["title", "-title", "updatedAt", "-updatedAt"]).default("title"),
});
export type QuizListQuery = z.infer<typeof QuizListQuerySchema>;

const ChoiceInputSchema = z.strictObject({
  /** Keep a choice's id when editing, so its statistics carry on. */
  id: IdSchema.optional(),
  text: requiredText(300),
  correct: z.boolean(),
});

const questionFields = {
  kind: z.enum(["single", "multiple"]),
  prompt: requiredText(1000),
  /** Shown with the result: why the right answer is right. */
  explanation: requiredText(2000),
  choices: z.array(ChoiceInputSchema).min(2, "Give at least two choices.").max(8, "At most 8 choices."),
};

type QuestionShape = { kind?: "single" | "multiple"; choices?: { id?: string; text: string; correct: boolean }[] };

/** The rules between fields: one correct choice for single choice, at least one for multiple, each choice once. */
function checkChoices(question: QuestionShape, context: z.RefinementCtx) {
  if (!question.choices) return;
  const correct = question.choices.filter((choice) => choice.correct).length;
  if (question.kind === "single" && correct !== 1) context.addIssue({ code: "custom", path: ["choices"], message: "A single-choice question has exactly one correct choice." });
  if (question.kind === "multiple" && correct < 1) context.addIssue({ code: "custom", path: ["choices"], message: "Mark at least one choice correct." });
  const texts = question.choices.map((choice) => choice.text.toLowerCase());
  if (new Set(texts).size !== texts.length) context.addIssue({ code: "custom", path: ["choices"], message: "Each choice once." });
  const ids = question.choices.flatMap((choice) => (choice.id ? [choice.id] : []));
  if (new Set(ids).size !== ids.length) context.addIssue({ code: "custom", path: ["choices"], message: "Each choice id once." });
}

export const CreateQuestionSchema = z.strictObject(questionFields).superRefine(checkChoices);
export type CreateQuestionData = z.infer<typeof CreateQuestionSchema>;

/** Kind and choices change together: the rules between them hold on the result. */
export const UpdateQuestionSchema = z
  .strictObject(questionFields)
  .partial()
  .extend({ version: VersionSchema })
  .superRefine((question, context) => {
    if ((question.kind === undefined) !== (question.choices === undefined))
      context.addIssue({ code: "custom", path: [question.kind === undefined ? "kind" : "choices"], message: "Send kind and choices together." });
    checkChoices(question, context);
  });
export type UpdateQuestionInput = z.infer<typeof UpdateQuestionSchema>;

/** A question with its answer key: only for those who build the quiz. */
export const QuestionSchema = z.object({
  id: z.string(),
  quizId: z.string(),
  position: z.number(),
  kind: z.enum(["single", "multiple"]),
  prompt: z.string(),
  explanation: z.string(),
  choices: z.array(z.object({ id: z.string(), text: z.string(), correct: z.boolean() })),
  version: z.number(),
  createdAt: z.string(),
  updatedAt: z.string(),
  permissions: permissionsSchema(questionPolicy),
});
export type Question = z.infer<typeof QuestionSchema>;
export const QuestionListSchema = z.object({ items: z.array(QuestionSchema) });

export const AttemptStatusSchema = z.enum(["in_progress", "submitted", "expired"]);

/** An attempt without its questions: lists, events, webhooks. */
export const AttemptSummarySchema = z.object({
  id: z.string(),
  quizId: z.string(),
  member: MemberRefSchema,
  number: z.number(),
  /** `expired`: it ran out of time and was scored as it stood. */
  status: AttemptStatusSchema,
  startedAt: z.string(),
  deadlineAt: z.string(),
  closedAt: z.string().nullable(),
  questionCount: z.number(),
  score: z.number().nullable(),
  passMark: z.number(),
  passed: z.boolean().nullable(),
});
export type AttemptSummary = z.infer<typeof AttemptSummarySchema>;

/** A drawn question as the taker sees it: no key, no explanation. */
export const AttemptQuestionSchema = z.object({
  id: z.string(),
  kind: z.enum(["single", "multiple"]),
  prompt: z.string(),
  choices: z.array(z.object({ id: z.string(), text: z.string() })),
});

/** What the taker learns once the attempt is closed. */
export const AttemptResultSchema = z.object({
  correctCount: z.number(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      isCorrect: z.boolean(),
      correctChoiceIds: z.array(z.string()),
      explanation: z.string(),
    }),
  ),
});

export const AnswersSchema = z.record(IdSchema, z.array(IdSchema).max(8, "At most 8 choices."));
export type Answers = z.infer<typeof AnswersSchema>;

export const AttemptSchema = AttemptSummarySchema.extend({
  /** Whether the deadline is the quiz's time limit (else the day an untimed attempt stays open). */
  timed: z.boolean(),
  questions: z.array(AttemptQuestionSchema),
  answers: AnswersSchema,
  /** Null until the attempt is closed. */
  result: AttemptResultSchema.nullable(),
  permissions: permissionsSchema(attemptPolicy),
});
export type Attempt = z.infer<typeof AttemptSchema>;

export const AttemptPageSchema = pageOf(AttemptSummarySchema);
export const AttemptListQuerySchema = PageQuerySchema.extend({
  /** Quiz builders see everyone's attempts and may pick one member's; others see their own. */
  memberId: IdSchema.optional(),
});
export type AttemptListQuery = z.infer<typeof AttemptListQuerySchema>;

export const AttemptParamsSchema = z.strictObject({ id: IdSchema, attemptId: IdSchema });
export const QuestionParamsSchema = z.strictObject({ id: IdSchema, questionId: IdSchema });

export const SaveAnswersSchema = z.strictObject({ answers: AnswersSchema });
export const SubmitAttemptSchema = z.strictObject({ answers: AnswersSchema.default({}) });
export type SaveAnswersInput = z.infer<typeof SaveAnswersSchema>;

/** How a quiz's questions fared in closed attempts: to find the bad ones. */
export const QuizStatisticsSchema = z.object({
  quizId: z.string(),
  closedAttempts: z.number(),
  questions: z.array(
    z.object({
      questionId: z.string(),
      prompt: z.string(),
      /** Closed attempts that drew it. */
      drawn: z.number(),
      /** Of those, how many answered it at all. */
      answered: z.number(),
      /** Share of `drawn` answered correctly; null if never drawn. */
      correctShare: z.number().nullable(),
      choices: z.array(z.object({ id: z.string(), text: z.string(), correct: z.boolean(), picks: z.number(), pickShare: z.number().nullable() })),
    }),
  ),
});
export type QuizStatistics = z.infer<typeof QuizStatisticsSchema>;
