import type { FastifyInstance } from "fastify";
import { expect } from "vitest";
import type { CreateQuizInput, Question, Quiz } from "#shared/contracts/quizzes.ts";
import { as, type TestMember } from "#tests/factories.ts";

/** Question `n`: single choice with "Right n" correct, or multiple choice with two right choices. */
export const sampleQuestion = (n: number, kind: "single" | "multiple" = "single") => ({
  kind,
  prompt: `Question ${n}: which is right?`,
  explanation: `Explanation ${n}: the right one is right.`,
  choices:
    kind === "single"
      ? [
          { text: `Right ${n}`, correct: true },
          { text: `Wrong ${n}a`, correct: false },
          { text: `Wrong ${n}b`, correct: false },
        ]
      : [
          { text: `Right ${n}a`, correct: true },
          { text: `Right ${n}b`, correct: true },
          { text: `Wrong ${n}`, correct: false },
        ],
});

/** A quiz with `bank` questions (every third one multiple choice), published unless told otherwise. */
export async function buildQuiz(
  app: FastifyInstance,
  builder: TestMember,
  options: Partial<CreateQuizInput> & { bank?: number; publish?: boolean } = {},
): Promise<{ quiz: Quiz; questions: Question[] }> {
  const { bank = 4, publish = true, ...settings } = options;
  const created = await as(app, builder)({ method: "POST", url: "/api/v1/quizzes", payload: { title: "Cloud migration basics", questionsPerAttempt: Math.min(bank, 3), ...settings } });
  expect(created.statusCode, created.body).toBe(201);
  const quiz = created.json<Quiz>();
  const questions: Question[] = [];
  for (let n = 1; n <= bank; n++) {
    const added = await as(app, builder)({ method: "POST", url: `/api/v1/quizzes/${quiz.id}/questions`, payload: sampleQuestion(n, n % 3 === 0 ? "multiple" : "single") });
    expect(added.statusCode, added.body).toBe(201);
    questions.push(added.json<Question>());
  }
  if (!publish) return { quiz, questions };
  const published = await as(app, builder)({ method: "POST", url: `/api/v1/quizzes/${quiz.id}/publish`, payload: { version: quiz.version } });
  expect(published.statusCode, published.body).toBe(200);
  return { quiz: published.json<Quiz>(), questions };
}

/** The choices to pick for each question of an attempt, from the bank's key: all right, or all wrong. */
export function answersFor(attempt: { questions: { id: string }[] }, bank: readonly Question[], right: boolean): Record<string, string[]> {
  return Object.fromEntries(
    attempt.questions.map((question) => {
      const choices = bank.find((q) => q.id === question.id)!.choices;
      return [question.id, right ? choices.filter((c) => c.correct).map((c) => c.id) : [choices.find((c) => !c.correct)!.id]];
    }),
  );
}
