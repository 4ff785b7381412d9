import { CHEATSHEET_WRITERS } from "#shared/contracts/cheatsheets.ts";
import { useSession } from "#web/components/session-context.tsx";

const WRITERS: readonly string[] = CHEATSHEET_WRITERS;

/** Reps, and anyone else who is not only a writer, confirm they have read a sheet. */
export function useIsReader(): boolean {
  return useSession().member.roles.some((role) => !WRITERS.includes(role));
}
