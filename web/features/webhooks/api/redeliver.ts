import { useMutation } from "@tanstack/react-query";
import { api } from "#web/api-client.ts";

/** Queues the delivery's event for sending again; the new attempt shows up in the log. */
export function redeliver(webhookId: string, deliveryId: string): Promise<{ jobId: string }> {
  return api<{ jobId: string }>(
    "POST",
    `/webhooks/${encodeURIComponent(webhookId)}/deliveries/${encodeURIComponent(deliveryId)}/redeliver`,
  );
}

export function useRedeliver() {
  return useMutation({
    mutationFn: ({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) => redeliver(webhookId, deliveryId),
  });
}
