import { createHash, randomBytes } from "node:crypto";
import { hash, verify } from "@node-rs/argon2";

/** argon2id with the library's defaults (OWASP's recommended minimums or above). */
export function hashPassword(password: string): Promise<string> {
  return hash(password);
}

export async function verifyPassword(passwordHash: string, password: string): Promise<boolean> {
  try {
    return await verify(passwordHash, password);
  } catch {
    return false;
  }
}

/**
 * Every kind of secret Tandem hands out, by its prefix: invitation links,
 * password-reset links, sessions, API tokens, webhook signing secrets. The
 * logger redacts anything that looks like one (server/kernel/redact.ts), so
 * a new kind of secret must be added here.
 */
export const SECRET_PREFIXES = ["inv", "rst", "tss", "tdm", "whsec"] as const;
export type SecretPrefix = (typeof SECRET_PREFIXES)[number];

/** A random secret with a readable prefix, e.g. "tdm_…" for API tokens. */
export function newSecret(prefix: SecretPrefix): string {
  return `${prefix}_${randomBytes(32).toString("base64url")}`;
}

/**
 * Secrets are long random values, so one SHA-256 is enough to store them:
 * unlike passwords they cannot be guessed from a dictionary.
 */
export function hashSecret(secret: string): string {
  return createHash("sha256").update(secret).digest("hex");
}

/** The CSRF token of a session, derived from its secret so nothing more is stored. */
export function csrfTokenFor(sessionToken: string): string {
  return createHash("sha256").update(`csrf:${sessionToken}`).digest("base64url");
}
