import { useMutation } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

/** Queues the delivery's event for sending again; the new attempt shows up in the log. */
export function redeliver(webhookId: string, deliveryId: string): Promise<{ jobId: string }> {
  return call(api.POST("/api/v1/webhooks/{id}/deliveries/{deliveryId}/redeliver", { params: { path: { id: webhookId, deliveryId } } }));
}

export function useRedeliver() {
  return useMutation({
    mutationFn: ({ webhookId, deliveryId }: { webhookId: string; deliveryId: string }) => redeliver(webhookId, deliveryId),
  });
}
