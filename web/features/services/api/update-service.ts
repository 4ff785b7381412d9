import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Service, UpdateServiceInput } from "#shared/contracts/services.ts";
import { api, call } from "#web/api-client.ts";

export function updateService(id: string, input: UpdateServiceInput): Promise<Service> {
  return call(api.PATCH("/api/v1/services/{id}", { params: { path: { id } }, body: input }));
}

export function useUpdateService(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: UpdateServiceInput) => updateService(id, input),
    onSuccess: async (service) => {
      queryClient.setQueryData(["services", "detail", id], service);
      await queryClient.invalidateQueries({ queryKey: ["services", "list"] });
    },
  });
}
