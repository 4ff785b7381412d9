import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { NotificationPreference, UpdateNotificationPreferencesInput } from "#shared/contracts/notifications.ts";
import { api, call } from "#web/api-client.ts";
import { PREFERENCES_KEY } from "./get-preferences.ts";

export function updatePreferences(input: UpdateNotificationPreferencesInput): Promise<{ items: NotificationPreference[] }> {
  return call(api.PUT("/api/v1/notification-preferences", { body: input }));
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES_KEY, saved),
  });
}
