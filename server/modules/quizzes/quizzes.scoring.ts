import { randomInt } from "node:crypto";
import type { FieldError } from "#server/kernel/errors.ts";
import type { Answers } from "#shared/contracts/quizzes.ts";

/** A question with its key, as the bank holds it and an attempt keeps it. */
export interface KeyedQuestion {
  id: string;
  kind: "single" | "multiple";
  prompt: string;
  explanation: string;
  choices: { id: string; text: string; correct: boolean }[];
}

export interface Score {
  correctCount: number;
  /** Percent, rounded down: 7 of 9 is 77, so a score shown as 80 never fails a pass mark of 80. */
  score: number;
  passed: boolean;
  questions: { questionId: string; answered: boolean; isCorrect: boolean; chosen: string[] }[];
}

/** A fair shuffle (Fisher–Yates) on a copy, from the system's random source. */
export function shuffled<T>(items: readonly T[], random: (bound: number) => number = randomInt): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = random(i + 1);
    [copy[i], copy[j]] = [copy[j]!, copy[i]!];
  }
  return copy;
}

/** The questions of one attempt: `count` drawn from the bank, in random order, each with its choices shuffled. */
export function drawQuestions(bank: readonly KeyedQuestion[], count: number, random?: (bound: number) => number): KeyedQuestion[] {
  return shuffled(bank, random)
    .slice(0, count)
    .map((question) => ({ ...question, choices: shuffled(question.choices, random) }));
}

/**
 * What is wrong with answers to an attempt's questions, by field: a question
 * not in the attempt, a choice of another question, more than one choice for
 * a single-choice question, a choice twice.
 */
export function answerErrors(questions: readonly KeyedQuestion[], answers: Answers): FieldError[] {
  const byId = new Map(questions.map((question) => [question.id, question]));
  const errors: FieldError[] = [];
  for (const [questionId, chosen] of Object.entries(answers)) {
    const path = `body.answers.${questionId}`;
    const question = byId.get(questionId);
    if (!question) {
      errors.push({ path, message: "This question is not in the attempt." });
      continue;
    }
    const choiceIds = new Set(question.choices.map((choice) => choice.id));
    if (chosen.some((id) => !choiceIds.has(id))) errors.push({ path, message: "Names a choice that is not one of this question's." });
    else if (new Set(chosen).size !== chosen.length) errors.push({ path, message: "Names a choice twice." });
    else if (question.kind === "single" && chosen.length > 1) errors.push({ path, message: "This question takes one choice." });
  }
  return errors;
}

/** Each question is right only with exactly its correct choices; an unanswered one is wrong. */
export function scoreAnswers(questions: readonly KeyedQuestion[], answers: Answers, passMark: number): Score {
  const scored = questions.map((question) => {
    const chosen = answers[question.id] ?? [];
    const key = question.choices.filter((choice) => choice.correct).map((choice) => choice.id);
    const isCorrect = chosen.length === key.length && key.every((id) => chosen.includes(id));
    return { questionId: question.id, answered: chosen.length > 0, isCorrect, chosen };
  });
  const correctCount = scored.filter((question) => question.isCorrect).length;
  const score = questions.length === 0 ? 0 : Math.floor((correctCount * 100) / questions.length);
  return { correctCount, score, passed: score >= passMark, questions: scored };
}
