import { describe, expect, it } from "vitest";
import { CreateQuestionSchema, CreateQuizSchema } from "#shared/contracts/quizzes.ts";
import { DEMO_SERVICES } from "./catalog.ts";
import { DEMO_QUIZZES } from "./quizzes.data.ts";

/** Sentences end with a full stop, a question mark or an exclamation mark before a space or the end. */
const sentences = (text: string) => text.split(/[.!?](?:\s|$)/).filter((part) => part.trim() !== "").length;

describe("demo quizzes", () => {
  it("certify every demo service with one quiz each", () => {
    const certified = DEMO_QUIZZES.flatMap((quiz) => (quiz.service ? [quiz.service] : []));
    expect(certified.sort()).toEqual(DEMO_SERVICES.map((service) => service.name).sort());
    expect(new Set(DEMO_QUIZZES.map((quiz) => quiz.title)).size).toBe(DEMO_QUIZZES.length);
  });

  it.each(DEMO_QUIZZES.map((quiz) => [quiz.title, quiz] as const))("%s is a valid quiz with a bank larger than an attempt", (_title, quiz) => {
    const { questions, service, ...settings } = quiz;
    CreateQuizSchema.parse({ ...settings, serviceId: null });
    expect(questions.length).toBeGreaterThanOrEqual(service ? 8 : 6);
    expect(questions.length).toBeGreaterThan(quiz.questionsPerAttempt);
    expect(new Set(questions.map((question) => question.kind))).toEqual(new Set(["single", "multiple"]));
    for (const question of questions) {
      CreateQuestionSchema.parse(question);
      expect(question.choices.length, question.prompt).toBeGreaterThanOrEqual(3);
      expect(question.choices.length, question.prompt).toBeLessThanOrEqual(4);
      expect(sentences(question.explanation), question.explanation).toBeLessThanOrEqual(2);
    }
  });
});
