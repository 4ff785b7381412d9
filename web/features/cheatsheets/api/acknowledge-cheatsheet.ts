import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { AcknowledgeResultSchema } from "#shared/contracts/cheatsheets.ts";
import { api, call } from "#web/api-client.ts";

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
      ]);
    },
  });
}
