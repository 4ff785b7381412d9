import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Job } from "#shared/contracts/jobs.ts";
import { api } from "#web/api-client.ts";

/** Gives up a queued, failed or dead job: it stays on record as discarded and never runs. */
export function discardJob(id: string): Promise<Job> {
  return api<Job>("POST", `/jobs/${encodeURIComponent(id)}/discard`);
}

export function useDiscardJob() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: discardJob,
    onSettled: () => queryClient.invalidateQueries({ queryKey: ["jobs", "list"] }),
  });
}
