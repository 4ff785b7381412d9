import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Service } from "#shared/contracts/services.ts";
import { api, call } from "#web/api-client.ts";

export function getService(id: string): Promise<Service> {
  return call(api.GET("/api/v1/services/{id}", { params: { path: { id } } }));
}

export const serviceQueryOptions = (id: string) => queryOptions({ queryKey: ["services", "detail", id], queryFn: () => getService(id) });

export function useService(id: string) {
  return useQuery(serviceQueryOptions(id));
}
