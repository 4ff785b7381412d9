import { useMutation, useQueryClient } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

export function deleteService(id: string): Promise<void> {
  return call(api.DELETE("/api/v1/services/{id}", { params: { path: { id } } }));
}

export function useDeleteService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: deleteService,
    onSuccess: async (_nothing, id) => {
      queryClient.removeQueries({ queryKey: ["services", "detail", id] });
      await queryClient.invalidateQueries({ queryKey: ["services", "list"] });
    },
  });
}
