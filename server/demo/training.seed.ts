import type { Actor } from "#server/kernel/access.ts";
import type { RequestContext } from "#server/kernel/context.ts";
import type { Executor } from "#server/kernel/db/database.ts";
import { now } from "#server/kernel/ids.ts";
import { addDays, addMonths, todayOf } from "#server/kernel/calendar.ts";
import { putRequirement } from "#server/modules/certifications/certifications.service.ts";
import { createEnrollments } from "#server/modules/courses/courses.enrollments.ts";
import { createCourse } from "#server/modules/courses/courses.service.ts";
import { startAttempt, submitAttempt } from "#server/modules/quizzes/quizzes.attempts.ts";
import { createQuestion } from "#server/modules/quizzes/quizzes.questions.ts";
import { createQuiz, setQuizStatus } from "#server/modules/quizzes/quizzes.service.ts";
import { PutRequirementSchema } from "#shared/contracts/certifications.ts";
import { CreateCourseSchema } from "#shared/contracts/courses.ts";
import { CreateQuestionSchema, CreateQuizSchema, type Answers, type Question } from "#shared/contracts/quizzes.ts";
import { DEMO_SERVICES } from "./catalog.ts";
import { backdateCertification, publishedSheetIdsByTitle, serviceIdsByName, setEnrollmentDue } from "./demo.repository.ts";
import { DEMO_QUIZZES, type DemoQuiz } from "./quizzes.data.ts";

/** The three reps added for training, named by the readiness state each shows for Cloud migration. */
export type ReadinessStory = "certified" | "expiring" | "expired";

export interface TrainingActors {
  salesManager: Actor;
  pmo: Actor;
  /** The demo rep (rep@acme.example). */
  rep: Actor;
  reps: Record<ReadinessStory, Actor>;
}

type Taker = "rep" | ReadinessStory;

/** Months a certification holds; a PMO setup changes slowly, so the PMO asks for renewal every two years. */
const VALIDITY_MONTHS = 12;
const LONGER_VALIDITY: Record<string, number> = { "PMO setup": 24 };

/**
 * The services whose quiz each rep has passed. The demo rep holds Data
 * platform build only: the demo and later journeys need a rep who is not
 * certified for Cloud migration.
 */
const PASSED: Record<Taker, string[]> = {
  rep: ["Data platform build"],
  certified: ["Cloud migration", "Security assessment", "ERP rollout"],
  expiring: ["Cloud migration", "Agile transformation coaching"],
  expired: ["Cloud migration", "PMO setup"],
};

/** Cloud migration certifications moved back: days until they expire, negative once expired. */
const RUNNING_OUT: { taker: ReadinessStory; service: string; daysLeft: number }[] = [
  { taker: "expiring", service: "Cloud migration", daysLeft: 20 },
  { taker: "expired", service: "Cloud migration", daysLeft: -10 },
];

/** The stand-alone quiz: one rep failed it and one passed, so its per-question statistics show something. */
const PMO_QUIZ = "Working with the PMO";
const FAILED_PMO_QUIZ: ReadinessStory = "expired";
const PASSED_PMO_QUIZ: ReadinessStory = "certified";

interface BuiltQuiz {
  id: string;
  /** The bank with its key, as the builder sees it. */
  questions: Question[];
}


/**
 * The demo's training, made with the API's own service functions inside the
 * seed's transaction: every service needs a certification, every quiz is
 * published, and the reps have taken the quizzes for real, so the readiness
 * matrix shows each state — certified, expiring, expired and missing.
 */
export async function seedTraining(trx: Executor, actors: TrainingActors): Promise<void> {
  const as = (actor: Actor): RequestContext => ({ db: trx as RequestContext["db"], actor, workspaceId: actor.workspaceId });
  const serviceIds = await serviceIdsByName(trx, actors.pmo.workspaceId);
  const serviceId = (name: string) => {
    const id = serviceIds.get(name);
    if (!id) throw new Error(`The demo training names a service "${name}" that does not exist.`);
    return id;
  };

  // Requirements first: a pass counts towards a certification only once the service asks for one.
  for (const service of DEMO_SERVICES) {
    await putRequirement(as(actors.pmo), serviceId(service.name), PutRequirementSchema.parse({ validityMonths: validityOf(service.name) }));
  }

  // By the service each certifies, or by title for the stand-alone one.
  const quizzes = new Map<string, BuiltQuiz>();
  for (const quiz of DEMO_QUIZZES) {
    quizzes.set(quiz.service ?? quiz.title, await buildQuiz(as(actors.salesManager), quiz, quiz.service && serviceId(quiz.service)));
  }
  const quizFor = (name: string) => quizzes.get(name)!;

  const takers: Record<Taker, Actor> = { rep: actors.rep, ...actors.reps };
  for (const [taker, services] of Object.entries(PASSED) as [Taker, string[]][]) {
    for (const service of services) await takeQuiz(as(takers[taker]), quizFor(service), "pass");
  }

  const today = todayOf(now());
  for (const { taker, service, daysLeft } of RUNNING_OUT) {
    const expiresOn = addDays(today, daysLeft);
    const earnedOn = addMonths(expiresOn, -validityOf(service));
    await backdateCertification(trx, actors.pmo.workspaceId, takers[taker].memberId, serviceId(service), { earnedOn, expiresOn });
  }

  await takeQuiz(as(takers[FAILED_PMO_QUIZ]), quizFor(PMO_QUIZ), "fail");
  await takeQuiz(as(takers[PASSED_PMO_QUIZ]), quizFor(PMO_QUIZ), "pass");

  await seedOnboarding(trx, as(actors.salesManager), quizFor(PMO_QUIZ).id, takers);
}

/** The sheets a new rep reads first, in order. */
const ONBOARDING_SHEETS = ["What is a change request?", "Fixed price vs time and materials", "Acceptance criteria"];
/** Who is behind on onboarding: due five days ago, not finished. */
const BEHIND_ON_ONBOARDING: Taker = "expired";

/**
 * The onboarding course every rep is enrolled in, due in two weeks: three
 * cheat sheets, the delivery handbook and the PMO quiz. One rep is behind.
 */
async function seedOnboarding(trx: Executor, manager: RequestContext, pmoQuizId: string, takers: Record<Taker, Actor>): Promise<void> {
  const sheetIds = await publishedSheetIdsByTitle(trx, manager.workspaceId);
  const sheetModules = ONBOARDING_SHEETS.map((title) => {
    const sheetId = sheetIds.get(title);
    if (!sheetId) throw new Error(`The onboarding course names a sheet "${title}" that is not published.`);
    return { kind: "cheat_sheet" as const, sheetId };
  });
  const course = await createCourse(
    manager,
    CreateCourseSchema.parse({
      title: "Sales onboarding",
      description: "The first two weeks of a new rep or sales engineer: how we talk about scope and price, what delivery needs from you, and how to work with the PMO.",
      onboarding: true,
      status: "published",
      modules: [...sheetModules, { kind: "link", title: "Read the delivery handbook", url: "https://handbook.acme.example/delivery" }, { kind: "quiz", quizId: pmoQuizId }],
    }),
  );
  const today = todayOf(now());
  const dueOn = addDays(today, 14);
  await createEnrollments(manager, { courseId: course.id, role: "rep", dueOn });
  await setEnrollmentDue(trx, manager.workspaceId, takers[BEHIND_ON_ONBOARDING].memberId, course.id, addDays(today, -5));
}

const validityOf = (service: string) => LONGER_VALIDITY[service] ?? VALIDITY_MONTHS;

/** Creates the quiz with its bank and publishes it, as a sales manager would in the quiz editor. */
async function buildQuiz(ctx: RequestContext, demo: DemoQuiz, serviceId: string | null): Promise<BuiltQuiz> {
  const { questions: bank, service: _service, ...settings } = demo;
  const quiz = await createQuiz(ctx, CreateQuizSchema.parse({ ...settings, serviceId }));
  const questions: Question[] = [];
  for (const question of bank) questions.push(await createQuestion(ctx, quiz.id, CreateQuestionSchema.parse(question)));
  await setQuizStatus(ctx, quiz.id, "published", quiz.version);
  return { id: quiz.id, questions };
}

/**
 * Takes the quiz through an attempt as its member would. Passing answers
 * every question from the key; failing gets two right and the rest wrong,
 * below any pass mark the demo uses.
 */
async function takeQuiz(ctx: RequestContext, quiz: BuiltQuiz, outcome: "pass" | "fail"): Promise<void> {
  const { attempt } = await startAttempt(ctx, quiz.id);
  const rightAnswers = outcome === "pass" ? attempt.questions.length : 2;
  const answers: Answers = Object.fromEntries(attempt.questions.map((drawn, index) => [drawn.id, choose(quiz, drawn.id, index < rightAnswers)]));
  const submitted = await submitAttempt(ctx, quiz.id, attempt.id, answers);
  if (submitted.passed !== (outcome === "pass")) throw new Error(`The demo meant to ${outcome} a quiz, and the attempt scored ${submitted.score}.`);
}

/** Every correct choice of a question, or one wrong choice. */
function choose(quiz: BuiltQuiz, questionId: string, correctly: boolean): string[] {
  const { choices } = quiz.questions.find((question) => question.id === questionId)!;
  return correctly ? choices.filter((choice) => choice.correct).map((choice) => choice.id) : [choices.find((choice) => !choice.correct)!.id];
}
