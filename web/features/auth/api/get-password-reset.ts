import { useQuery } from "@tanstack/react-query";
import type { PasswordResetPreview } from "#shared/contracts/auth.ts";
import { api } from "#web/api-client.ts";

/** Public: whose password the link resets, and until when, before a new one is chosen. */
export function getPasswordReset(token: string): Promise<PasswordResetPreview> {
  return api<PasswordResetPreview>("GET", `/password-reset/${encodeURIComponent(token)}`);
}

export function usePasswordReset(token: string) {
  return useQuery({ queryKey: ["password-reset", token], queryFn: () => getPasswordReset(token) });
}
