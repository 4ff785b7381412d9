import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { CreateServiceInput, Service } from "#shared/contracts/services.ts";
import { api, call } from "#web/api-client.ts";

export function createService(input: CreateServiceInput): Promise<Service> {
  return call(api.POST("/api/v1/services", { body: input }));
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
