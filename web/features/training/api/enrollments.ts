import { queryOptions, useMutation, useQueryClient } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

export const myEnrollmentsQueryOptions = (memberId: string) =>
  queryOptions({
    queryKey: ["enrollments", "member", memberId],
    queryFn: () => call(api.GET("/api/v1/enrollments", { params: { query: { memberId, limit: 100 } } })),
  });

/** "I've opened and read it": a link module of the member's own enrollment. */
export function useConfirmModule() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ enrollmentId, moduleId }: { enrollmentId: string; moduleId: string }) =>
      call(api.POST("/api/v1/enrollments/{id}/modules/{moduleId}/confirm", { params: { path: { id: enrollmentId, moduleId } } })),
    onSuccess: async () => queryClient.invalidateQueries({ queryKey: ["enrollments"] }),
  });
}
