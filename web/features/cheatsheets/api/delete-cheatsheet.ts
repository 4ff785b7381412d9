import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

/** Only a sheet that was never published can be deleted; published ones are archived. */
export function deleteCheatSheet(id: string): Promise<void> {
  return call(api.DELETE("/api/v1/cheatsheets/{id}", { params: { path: { id } } }));
}

export function useDeleteCheatSheet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteCheatSheet,
    onSuccess: async (_nothing, id) => {
      queryClient.removeQueries({ queryKey: ["cheatsheets", "detail", id] });
      await queryClient.invalidateQueries({ queryKey: ["cheatsheets", "list"] });
    },
  });
}
