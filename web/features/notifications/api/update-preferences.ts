import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { NotificationPreference, UpdateNotificationPreferencesInput } from "#shared/contracts/notifications.ts";
import { api } from "#web/api-client.ts";
import { PREFERENCES_KEY } from "./get-preferences.ts";

export function updatePreferences(input: UpdateNotificationPreferencesInput): Promise<{ items: NotificationPreference[] }> {
  return api<{ items: NotificationPreference[] }>("PUT", "/notification-preferences", input);
}

export function useUpdatePreferences() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updatePreferences,
    onSuccess: (saved) => queryClient.setQueryData(PREFERENCES_KEY, saved),
  });
}
