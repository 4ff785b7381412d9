import { useQuery } from "@tanstack/react-query";
import type { PasswordResetPreview } from "#shared/contracts/auth.ts";
import { api, call } from "#web/api-client.ts";

/** Public: whose password the link resets, and until when, before a new one is chosen. */
export function getPasswordReset(token: string): Promise<PasswordResetPreview> {
  return call(api.GET("/api/v1/password-reset/{token}", { params: { path: { token } } }));
}

export function usePasswordReset(token: string) {
  return useQuery({ queryKey: ["password-reset", token], queryFn: () => getPasswordReset(token) });
}
