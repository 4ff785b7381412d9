import { useMutation } from "@tanstack/react-query";
import type { CompletePasswordResetInput } from "#shared/contracts/auth.ts";
import { api, call } from "#web/api-client.ts";

/** Sets the new password; every session of the person ends, so they sign in again. */
export function resetPassword(token: string, input: CompletePasswordResetInput): Promise<void> {
  return call(api.POST("/api/v1/password-reset/{token}", { params: { path: { token } }, body: input }));
}

export function useResetPassword(token: string) {
  return useMutation({ mutationFn: (input: CompletePasswordResetInput) => resetPassword(token, input), meta: { skipAuthRedirect: true } });
}
