import { queryOptions, useQuery } from "@tanstack/react-query";
import type { NotificationPreference } from "#shared/contracts/notifications.ts";
import { api } from "#web/api-client.ts";

export const PREFERENCES_KEY = ["notifications", "preferences"] as const;

/** Every kind, with the member's channel (or the default). */
export function getPreferences(): Promise<{ items: NotificationPreference[] }> {
  return api<{ items: NotificationPreference[] }>("GET", "/notification-preferences");
}

export const preferencesQueryOptions = () => queryOptions({ queryKey: PREFERENCES_KEY, queryFn: getPreferences });

export function usePreferences() {
  return useQuery(preferencesQueryOptions());
}
