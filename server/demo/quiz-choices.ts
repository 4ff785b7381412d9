/**
 * A question's choices, written as `right("…")` and `wrong("…")` so the key
 * reads at a glance. Kept apart from quizzes.data.ts, which imports the banks
 * that use these: a cycle would run them before they exist.
 */
export interface DemoChoice {
  text: string;
  correct: boolean;
}

export const right = (text: string): DemoChoice => ({ text, correct: true });
export const wrong = (text: string): DemoChoice => ({ text, correct: false });
