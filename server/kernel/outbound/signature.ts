import { createHmac } from "node:crypto";
import { newSecret } from "../auth/secrets.ts";

/** The header receivers check: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<body>">`. */
export const SIGNATURE_HEADER = "tandem-signature";

export function newWebhookSecret(): string {
  return newSecret("whsec");
}

/**
 * Signs the timestamp with the body, so a captured delivery cannot be
 * replayed later with a new timestamp, nor its body changed.
 */
export function signWebhook(secret: string, body: string, timestamp: number): string {
  const mac = createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
  return `t=${timestamp},v1=${mac}`;
}
