import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Job } from "#shared/contracts/jobs.ts";
import { api, call } from "#web/api-client.ts";

/** Gives up a queued, failed or dead job: it stays on record as discarded and never runs. */
export function discardJob(id: string): Promise<Job> {
  return call(api.POST("/api/v1/jobs/{id}/discard", { params: { path: { id } } }));
}

export function useDiscardJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: discardJob,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["jobs", "list"] }),
  });
}
