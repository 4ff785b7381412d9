import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Job } from "#shared/contracts/jobs.ts";
import { api, call } from "#web/api-client.ts";

/** Queues a failed or dead job again, due now, with its full number of attempts. */
export function retryJob(id: string): Promise<Job> {
  return call(api.POST("/api/v1/jobs/{id}/retry", { params: { path: { id } } }));
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryJob,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["jobs", "list"] }),
  });
}
