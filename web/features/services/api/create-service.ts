import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateServiceInput, Service } from "#shared/contracts/services.ts";
import { api } from "#web/api-client.ts";

export function createService(input: CreateServiceInput): Promise<Service> {
  return api<Service>("POST", "/services", input);
}

export function useCreateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createService,
    onSuccess: async (service) => {
      queryClient.setQueryData(["services", "detail", service.id], service);
      await queryClient.invalidateQueries({ queryKey: ["services", "list"] });
    },
  });
}
