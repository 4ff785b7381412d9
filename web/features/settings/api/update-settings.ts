import { useMutation, useQueryClient } from "@tanstack/react-query";
import type { Settings, UpdateSettingsInput } from "#shared/contracts/settings.ts";
import { api, call } from "#web/api-client.ts";

export function updateSettings(input: UpdateSettingsInput): Promise<Settings> {
  return call(api.PATCH("/api/v1/settings", { body: input }));
}

export function useUpdateSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateSettings,
    onSuccess: async (settings) => {
      queryClient.setQueryData(["settings"], settings);
      // The cheat sheet editor keeps the clarity limits under their own key.
      await queryClient.invalidateQueries({ queryKey: ["settings", "clarity"] });
    },
  });
}
