import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { GlossaryTerm, UpdateGlossaryTermInput } from "#shared/contracts/glossary.ts";
import { api, call } from "#web/api-client.ts";

export function updateGlossaryTerm(id: string, input: UpdateGlossaryTermInput): Promise<GlossaryTerm> {
  return call(api.PATCH("/api/v1/glossary/{id}", { params: { path: { id } }, body: input }));
}

export function useUpdateGlossaryTerm(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateGlossaryTermInput) => updateGlossaryTerm(id, input),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["glossary"] });
      // Cheat sheet bodies carry the definition of each term they mark.
      await queryClient.invalidateQueries({ queryKey: ["cheatsheets", "detail"] });
    },
  });
}
