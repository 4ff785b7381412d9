import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { z } from "zod";
import type { CreateApiTokenInput, CreatedApiTokenSchema } from "#shared/contracts/tokens.ts";
import { api, call } from "#web/api-client.ts";

export type CreatedApiToken = z.infer<typeof CreatedApiTokenSchema>;

export function createToken(input: CreateApiTokenInput): Promise<CreatedApiToken> {
  return call(api.POST("/api/v1/tokens", { body: input }));
}

export function useCreateToken() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createToken,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ["tokens", "list"] }),
  });
}
