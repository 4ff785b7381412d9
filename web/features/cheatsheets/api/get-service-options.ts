import { queryOptions, useQuery } from "@tanstack/react-query";
import { api, call } from "#web/api-client.ts";

/** Active services, as choices for the services a sheet is about. */
export async function getServiceOptions(): Promise<{ value: string; label: string }[]> {
  const page = await call(api.GET("/api/v1/services", { params: { query: { status: "active", sort: "name", limit: 200 } } }));
  return page.items.map((service) => ({ value: service.id, label: service.name }));
}

export const serviceOptionsQueryOptions = () =>
  queryOptions({ queryKey: ["services", "options", "cheatsheet-services"], queryFn: getServiceOptions, staleTime: 60_000 });

export function useServiceOptions() {
  return useQuery(serviceOptionsQueryOptions());
}
