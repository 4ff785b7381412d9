import { queryOptions, useQuery } from "@tanstack/react-query";
import type { Settings } from "#shared/contracts/settings.ts";
import { api, call } from "#web/api-client.ts";

/** The workspace's settings (admins only). */
export function getSettings(): Promise<Settings> {
  return call(api.GET("/api/v1/settings"));
}

export const settingsQueryOptions = () => queryOptions({ queryKey: ["settings"], queryFn: getSettings });

export function useSettings() {
  return useQuery(settingsQueryOptions());
}
