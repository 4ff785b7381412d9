import type { Executor } from "#server/kernel/db/database.ts";
import { tooManyRequests } from "#server/kernel/errors.ts";
import { newId } from "#server/kernel/ids.ts";
import * as repo from "./auth.repository.ts";

/**
 * Two brakes on guessing passwords, both counting only failed sign-ins (so a
 * team behind one NAT signing in each morning never meets them):
 *
 * - per client address, across e-mails, against password spraying: past the
 *   limit in a quarter of an hour the address is refused for a while;
 * - per account, a back-off that doubles with each failure after the first
 *   few. From an address that produced those failures it grows to 15 minutes;
 *   from any other address it never exceeds 30 seconds, so an attacker cannot
 *   lock the real person out — and a password reset clears it at once.
 */
const ADDRESS_WINDOW_MS = 15 * 60_000;
const ACCOUNT_WINDOW_MS = 60 * 60_000;
const FREE_FAILURES = 5;
const MAX_DELAY_SECONDS = { sameAddress: 15 * 60, otherAddress: 30 };
/** Failures older than this no longer count and are deleted. */
const KEEP_MS = 86_400_000;

export interface SignInAttempt {
  email: string;
  address: string;
  at: string;
}

/** Seconds an account's next attempt must wait after its latest failure. */
export function backoffSeconds(failures: number, fromFailingAddress: boolean): number {
  if (failures < FREE_FAILURES) return 0;
  const cap = fromFailingAddress ? MAX_DELAY_SECONDS.sameAddress : MAX_DELAY_SECONDS.otherAddress;
  return Math.min(2 ** (failures - FREE_FAILURES + 1), cap);
}

const before = (at: string, ms: number) => new Date(Date.parse(at) - ms).toISOString();

/** Throws 429 before any password is checked when either brake holds. */
export async function ensureSignInAllowed(db: Executor, attempt: SignInAttempt, failuresPerAddress: number): Promise<void> {
  const fromAddress = await repo.countFailuresFromAddress(db, attempt.address, before(attempt.at, ADDRESS_WINDOW_MS));
  if (fromAddress >= failuresPerAddress) {
    throw tooManyRequests(
      "sign_in_limited",
      "Too many failed sign-ins from your network. Wait a few minutes, or reset your password.",
      ADDRESS_WINDOW_MS / 1000,
    );
  }
  const account = await repo.accountFailures(db, attempt.email, attempt.address, before(attempt.at, ACCOUNT_WINDOW_MS));
  if (!account.latest) return;
  const waitMs = backoffSeconds(account.count, account.fromAddress > 0) * 1000 - (Date.parse(attempt.at) - Date.parse(account.latest));
  if (waitMs > 0) {
    throw tooManyRequests(
      "sign_in_delayed",
      `Several wrong passwords were tried for this account. Try again in ${Math.ceil(waitMs / 1000)} seconds, or reset your password.`,
      waitMs / 1000,
    );
  }
}

export async function recordSignInFailure(db: Executor, attempt: SignInAttempt): Promise<void> {
  await repo.insertSignInFailure(db, { id: newId(), email: attempt.email, address: attempt.address, at: attempt.at });
  await repo.deleteSignInFailuresBefore(db, before(attempt.at, KEEP_MS));
}

export const clearSignInFailures = (db: Executor, email: string) => repo.clearSignInFailures(db, email);
