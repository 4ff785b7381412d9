import { queryOptions, useQuery } from "@tanstack/react-query";
import type { NotificationPreference } from "#shared/contracts/notifications.ts";
import { api, call } from "#web/api-client.ts";

export const PREFERENCES_KEY = ["notifications", "preferences"] as const;

/** Every kind, with the member's channel (or the default). */
export function getPreferences(): Promise<{ items: NotificationPreference[] }> {
  return call(api.GET("/api/v1/notification-preferences"));
}

export const preferencesQueryOptions = () => queryOptions({ queryKey: PREFERENCES_KEY, queryFn: getPreferences });

export function usePreferences() {
  return useQuery(preferencesQueryOptions());
}
