import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { AcknowledgeResultSchema } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";
import { NOTIFICATION_LISTS_KEY } from "#web/features/notifications/api/get-notifications.ts";
import { UNREAD_COUNT_KEY } from "#web/features/notifications/api/get-unread-count.ts";

export type AcknowledgeResult = z.infer<typeof AcknowledgeResultSchema>;

/** "I've read this": for the current published version. */
export function acknowledgeCheatSheet(id: string): Promise<AcknowledgeResult> {
  return call(api.POST("/api/v1/cheatsheets/{id}/acknowledgements", { params: { path: { id } } }));
}

export function useAcknowledgeCheatSheet(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => acknowledgeCheatSheet(id),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: ["cheatsheets", "detail", id] }),
        queryClient.invalidateQueries({ queryKey: ["cheatsheets", "list"] }),
        queryClient.invalidateQueries({ queryKey: ["cheatsheets", "stats"] }),
        queryClient.invalidateQueries({ queryKey: ["cheatsheets", "history", id, "acknowledgements"] }),
        // The server marked the notification that announced the sheet read.
        queryClient.invalidateQueries({ queryKey: NOTIFICATION_LISTS_KEY }),
        queryClient.invalidateQueries({ queryKey: UNREAD_COUNT_KEY }),
      ]);
    },
  });
}
