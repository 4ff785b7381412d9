import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Service, UpdateServiceInput } from "#shared/contracts/services.ts";
import { api } from "#web/api-client.ts";

export function updateService(id: string, input: UpdateServiceInput): Promise<Service> {
  return api<Service>("PATCH", `/services/${encodeURIComponent(id)}`, input);
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
