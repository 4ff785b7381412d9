import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Settings, UpdateSettingsInput } from "#shared/contracts/settings.ts";
import { api } from "#web/api-client.ts";

export function updateSettings(input: UpdateSettingsInput): Promise<Settings> {
  return api<Settings>("PATCH", "/settings", input);
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: (settings) => queryClient.setQueryData(["settings"], settings),
  });
}
