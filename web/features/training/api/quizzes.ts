import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { Answers, Attempt, Quiz } from "#shared/contracts/quizzes.ts";
import { api, call } from "#web/api-client.ts";

export const quizzesQueryOptions = () =>
  queryOptions({
    queryKey: ["quizzes", "list", "published"],
    // The quizzes a member can take: the published ones, each with the caller's progress.
    queryFn: () => call(api.GET("/api/v1/quizzes", { params: { query: { status: "published", limit: 200 } } })),
  });

export const quizQueryOptions = (id: string) =>
  queryOptions({ queryKey: ["quizzes", "detail", id], queryFn: () => call(api.GET("/api/v1/quizzes/{id}", { params: { path: { id } } })) });

export function startAttempt(quizId: string): Promise<Attempt> {
  return call(api.POST("/api/v1/quizzes/{id}/attempts", { params: { path: { id: quizId } } }));
}

export function saveAnswers(attempt: Pick<Attempt, "id" | "quizId">, answers: Answers): Promise<Attempt> {
  return call(api.PUT("/api/v1/quizzes/{id}/attempts/{attemptId}/answers", { params: { path: { id: attempt.quizId, attemptId: attempt.id } }, body: { answers } }));
}

export function getAttempt(attempt: Pick<Attempt, "id" | "quizId">): Promise<Attempt> {
  return call(api.GET("/api/v1/quizzes/{id}/attempts/{attemptId}", { params: { path: { id: attempt.quizId, attemptId: attempt.id } } }));
}

/** Submitting changes the quiz's progress and perhaps the member's certifications. */
export function useSubmitAttempt() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ attempt, answers }: { attempt: Pick<Attempt, "id" | "quizId">; answers: Answers }) =>
      call(api.POST("/api/v1/quizzes/{id}/attempts/{attemptId}/submit", { params: { path: { id: attempt.quizId, attemptId: attempt.id } }, body: { answers } })),
    onSettled: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["quizzes"] }),
        queryClient.invalidateQueries({ queryKey: ["certifications"] }),
        queryClient.invalidateQueries({ queryKey: ["readiness"] }),
      ]);
    },
  });
}

export type { Quiz };
