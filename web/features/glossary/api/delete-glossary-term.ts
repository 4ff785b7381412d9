import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

export function deleteGlossaryTerm(id: string): Promise<void> {
  return call(api.DELETE("/api/v1/glossary/{id}", { params: { path: { id } } }));
}

export function useDeleteGlossaryTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteGlossaryTerm,
    onSuccess: async (_nothing, id) => {
      queryClient.removeQueries({ queryKey: ["glossary", "detail", id] });
      await queryClient.invalidateQueries({ queryKey: ["glossary", "list"] });
      await queryClient.invalidateQueries({ queryKey: ["cheatsheets", "detail"] });
    },
  });
}
