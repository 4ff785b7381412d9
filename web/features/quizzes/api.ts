import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateQuestionData, CreateQuizData, UpdateQuestionInput, UpdateQuizInput } from "#shared/contracts/quizzes.ts";
import { api, call } from "#web/api-client.ts";

export const allQuizzesQueryOptions = () =>
  queryOptions({ queryKey: ["quizzes", "list", "all"], queryFn: () => call(api.GET("/api/v1/quizzes", { params: { query: { limit: 200 } } })) });

export const builderQuizQueryOptions = (id: string) =>
  queryOptions({ queryKey: ["quizzes", "detail", id], queryFn: () => call(api.GET("/api/v1/quizzes/{id}", { params: { path: { id } } })) });

export const questionsQueryOptions = (quizId: string) =>
  queryOptions({ queryKey: ["quizzes", "questions", quizId], queryFn: () => call(api.GET("/api/v1/quizzes/{id}/questions", { params: { path: { id: quizId } } })) });

export const statisticsQueryOptions = (quizId: string) =>
  queryOptions({ queryKey: ["quizzes", "statistics", quizId], queryFn: () => call(api.GET("/api/v1/quizzes/{id}/statistics", { params: { path: { id: quizId } } })) });

/** Every change to a quiz or its bank refreshes what shows it. */
function useQuizMutation<T, R>(mutationFn: (input: T) => Promise<R>) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn, onSuccess: async () => queryClient.invalidateQueries({ queryKey: ["quizzes"] }) });
}

export const useCreateQuiz = () => useQuizMutation((input: CreateQuizData) => call(api.POST("/api/v1/quizzes", { body: input })));
export const useUpdateQuiz = (id: string) => useQuizMutation((input: UpdateQuizInput) => call(api.PATCH("/api/v1/quizzes/{id}", { params: { path: { id } }, body: input })));
export const usePublishQuiz = (id: string) =>
  useQuizMutation(({ publish, version }: { publish: boolean; version: number }) =>
    publish
      ? call(api.POST("/api/v1/quizzes/{id}/publish", { params: { path: { id } }, body: { version } }))
      : call(api.POST("/api/v1/quizzes/{id}/unpublish", { params: { path: { id } }, body: { version } })),
  );
export const useSaveQuestion = (quizId: string) =>
  useQuizMutation(({ questionId, input }: { questionId: string | null; input: CreateQuestionData | UpdateQuestionInput }) =>
    questionId
      ? call(api.PATCH("/api/v1/quizzes/{id}/questions/{questionId}", { params: { path: { id: quizId, questionId } }, body: input as UpdateQuestionInput }))
      : call(api.POST("/api/v1/quizzes/{id}/questions", { params: { path: { id: quizId } }, body: input as CreateQuestionData })),
  );
export const useDeleteQuestion = (quizId: string) =>
  useQuizMutation((questionId: string) => call(api.DELETE("/api/v1/quizzes/{id}/questions/{questionId}", { params: { path: { id: quizId, questionId } } })));
