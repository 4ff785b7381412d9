import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

/** Services, as choices for the service filter of the results page. */
export async function getServiceOptions(): Promise<{ value: string; label: string }[]> {
  const page = await call(api.GET("/api/v1/services", { params: { query: { sort: "name", limit: 200 } } }));
  return page.items.map((service) => ({ value: service.id, label: service.name }));
}

export const serviceOptionsQueryOptions = () =>
  queryOptions({ queryKey: ["services", "options", "search-filter"], queryFn: getServiceOptions, staleTime: 60_000 });

export function useServiceOptions() {
  return useQuery(serviceOptionsQueryOptions());
}
