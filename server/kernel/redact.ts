import { SECRET_PREFIXES } from "./auth/secrets.ts";

const SECRET = new RegExp(`\\b(${SECRET_PREFIXES.join("|")})_[A-Za-z0-9_-]{8,}`, "g");
/** `scheme://user:password@` — credentials someone put in a URL. */
const URL_CREDENTIALS = /\b([a-z][a-z0-9+.-]*:\/\/)[^\s/?#@]+@/gi;

/**
 * Takes every Tandem secret (by its prefix) and every URL's credentials out
 * of a text bound for a log line, an error or a job record. Secrets are long
 * random values with known prefixes, so matching them never hides plain words.
 */
export function redactSecrets(text: string): string {
  return text.replace(SECRET, "$1_[redacted]").replace(URL_CREDENTIALS, "$1[redacted]@");
}

const MAX_DEPTH = 6;

/** The same for every string inside a log record (objects and arrays, a few levels deep). */
export function redactDeep(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return redactSecrets(value);
  if (depth >= MAX_DEPTH || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((item) => redactDeep(item, depth + 1));
  if (Object.getPrototypeOf(value) !== Object.prototype) return value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, redactDeep(item, depth + 1)]));
}
