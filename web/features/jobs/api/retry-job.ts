import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Job } from "#shared/contracts/jobs.ts";
import { api } from "#web/api-client.ts";

/** Queues a failed or dead job again, due now, with its full number of attempts. */
export function retryJob(id: string): Promise<Job> {
  return api<Job>("POST", `/jobs/${encodeURIComponent(id)}/retry`);
}

export function useRetryJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: retryJob,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["jobs", "list"] }),
  });
}
