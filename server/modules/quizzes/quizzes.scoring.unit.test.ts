import { describe, expect, it } from "vitest";
import { answerErrors, drawQuestions, scoreAnswers, shuffled, type KeyedQuestion } from "./quizzes.scoring.ts";

const question = (id: string, kind: "single" | "multiple", correct: string[], others: string[]): KeyedQuestion => ({
  id,
  kind,
  prompt: `Question ${id}`,
  explanation: `Because ${id}.`,
  choices: [...correct.map((c) => ({ id: c, text: c, correct: true })), ...others.map((c) => ({ id: c, text: c, correct: false }))],
});

const bank = [question("q1", "single", ["a"], ["b", "c"]), question("q2", "multiple", ["d", "e"], ["f"]), question("q3", "single", ["g"], ["h"])];

describe("quiz scoring", () => {
  it("scores each question all or nothing and rounds the percent down", () => {
    const result = scoreAnswers(bank, { q1: ["a"], q2: ["d"], q3: ["g"] }, 66);
    expect(result.questions.map((q) => q.isCorrect)).toEqual([true, false, true]);
    expect(result).toMatchObject({ correctCount: 2, score: 66, passed: true });
    // 2 of 3 is 66.7 %: shown as 66, it does not pass a mark of 67.
    expect(scoreAnswers(bank, { q1: ["a"], q2: ["d"], q3: ["g"] }, 67).passed).toBe(false);
    expect(scoreAnswers(bank, { q1: ["a"], q2: ["e", "d"], q3: ["g"] }, 100)).toMatchObject({ correctCount: 3, score: 100, passed: true });
  });

  it("counts an unanswered question as wrong and an extra choice as wrong", () => {
    const result = scoreAnswers(bank, { q2: ["d", "e", "f"] }, 50);
    expect(result.questions.map((q) => [q.answered, q.isCorrect])).toEqual([[false, false], [true, false], [false, false]]);
    expect(result).toMatchObject({ correctCount: 0, score: 0, passed: false });
  });

  it("names every answer that does not fit the attempt's questions", () => {
    expect(answerErrors(bank, { q1: ["a"], q2: ["d", "e"] })).toEqual([]);
    const errors = answerErrors(bank, { q1: ["d"], q2: ["d", "d"], q3: ["g", "h"], q9: ["a"] });
    expect(errors).toEqual([
      { path: "body.answers.q1", message: "Names a choice that is not one of this question's." },
      { path: "body.answers.q2", message: "Names a choice twice." },
      { path: "body.answers.q3", message: "This question takes one choice." },
      { path: "body.answers.q9", message: "This question is not in the attempt." },
    ]);
  });

  it("draws the asked number of distinct questions and shuffles their choices", () => {
    const drawn = drawQuestions(bank, 2);
    expect(drawn).toHaveLength(2);
    expect(new Set(drawn.map((q) => q.id)).size).toBe(2);
    for (const q of drawn) expect(q.choices.map((c) => c.id).sort()).toEqual(bank.find((b) => b.id === q.id)!.choices.map((c) => c.id).sort());
    // With a fixed source the shuffle is a known permutation: Fisher–Yates swaps i with random(i + 1).
    expect(shuffled([1, 2, 3, 4], () => 0)).toEqual([2, 3, 4, 1]);
  });

  it("reaches every order of a small list", () => {
    const seen = new Set<string>();
    for (let i = 0; i < 400; i++) seen.add(shuffled(["a", "b", "c"]).join(""));
    expect(seen.size).toBe(6);
  });
});
