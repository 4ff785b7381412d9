import type { RequestContext } from "#server/kernel/context.ts";
import { enforce } from "#server/kernel/enforce.ts";
import { notFound } from "#server/kernel/errors.ts";
import type { QuizStatistics } from "#shared/contracts/quizzes.ts";
import { quizPolicy } from "#shared/policies/quizzes.ts";
import * as attempts from "./quizzes.attempts.repository.ts";
import * as repository from "./quizzes.repository.ts";

const share = (part: number, whole: number) => (whole === 0 ? null : part / whole);

/**
 * How each question of the bank fared in closed attempts: a question most
 * get wrong, or a wrong choice most pick, is the one to reword.
 */
export async function quizStatistics(ctx: RequestContext, quizId: string): Promise<QuizStatistics> {
  enforce(quizPolicy.seeStatistics(ctx.actor));
  if (!(await repository.findQuiz(ctx.db, ctx.workspaceId, quizId))) throw notFound("quiz");
  const [questions, answers, picks, closedAttempts] = await Promise.all([
    repository.listQuestions(ctx.db, ctx.workspaceId, quizId),
    attempts.answerCounts(ctx.db, ctx.workspaceId, quizId),
    attempts.pickCounts(ctx.db, ctx.workspaceId, quizId),
    attempts.countClosedAttempts(ctx.db, ctx.workspaceId, quizId),
  ]);
  return {
    quizId,
    closedAttempts,
    questions: questions.map((question) => {
      const counts = answers.get(question.id) ?? { drawn: 0, answered: 0, correct: 0 };
      return {
        questionId: question.id,
        prompt: question.prompt,
        drawn: counts.drawn,
        answered: counts.answered,
        correctShare: share(counts.correct, counts.drawn),
        choices: question.choices.map((choice) => {
          const picked = picks.get(`${question.id}:${choice.id}`) ?? 0;
          return { id: choice.id, text: choice.text, correct: choice.correct, picks: picked, pickShare: share(picked, counts.drawn) };
        }),
      };
    }),
  };
}
