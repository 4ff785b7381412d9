import { useMutation } from "@tanstack/react-query";
import type { PasswordResetRequest } from "#shared/contracts/auth.ts";
import { api, call } from "#web/api-client.ts";

/** The answer is the same whether or not the e-mail has an account. */
export function requestPasswordReset(input: PasswordResetRequest): Promise<{ detail: string }> {
  return call(api.POST("/api/v1/password-reset", { body: input }));
}

export function useRequestPasswordReset() {
  return useMutation({ mutationFn: requestPasswordReset, meta: { skipAuthRedirect: true } });
}
