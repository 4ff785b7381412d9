import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateGlossaryTermData, GlossaryTerm } from "#shared/contracts/glossary.ts";
import { api, call } from "#web/api-client.ts";

export function createGlossaryTerm(input: CreateGlossaryTermData): Promise<GlossaryTerm> {
  return call(api.POST("/api/v1/glossary", { body: input }));
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
