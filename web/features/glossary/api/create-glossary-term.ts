import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateGlossaryTermData, GlossaryTerm } from "#shared/contracts/glossary.ts";
import { api } from "#web/api-client.ts";

export function createGlossaryTerm(input: CreateGlossaryTermData): Promise<GlossaryTerm> {
  return api<GlossaryTerm>("POST", "/glossary", input);
}

export function useCreateGlossaryTerm() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createGlossaryTerm,
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: ["glossary", "list"] });
    },
  });
}
