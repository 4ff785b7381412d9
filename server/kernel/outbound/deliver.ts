import http from "node:http";
import https from "node:https";
import ipaddr from "ipaddr.js";
import { redactSecrets } from "../redact.ts";
import { checkTargetUrl, guardedLookup, isPublicAddress, UnsafeTargetError } from "./safe-target.ts";
import { SIGNATURE_HEADER, signWebhook } from "./signature.ts";

export interface WebhookRequest {
  url: string;
  secret: string;
  /** The event type, also sent as a header so receivers can route without parsing. */
  eventType: string;
  deliveryId: string;
  body: string;
  allowPrivateTargets: boolean;
  timeoutMs?: number;
  now?: () => number;
}

export interface DeliveryResult {
  ok: boolean;
  /** null when no HTTP answer came (refused target, timeout, connection error). */
  status: number | null;
  latencyMs: number;
  /** The first characters of the answer, or what went wrong. */
  excerpt: string;
}

const EXCERPT_CHARS = 500;

/** One signed POST; never throws: every outcome is a result to log. */
export async function deliverWebhook(request: WebhookRequest): Promise<DeliveryResult> {
  const now = request.now ?? Date.now;
  const started = now();
  // What went wrong is stored with the delivery: never with a secret or a URL's credentials in it.
  const failed = (excerpt: string): DeliveryResult => ({ ok: false, status: null, latencyMs: now() - started, excerpt: redactSecrets(excerpt) });
  let url: URL;
  try {
    url = checkTargetUrl(request.url);
    // Node connects to an IP literal without a DNS lookup, so check it here.
    const host = url.hostname.replace(/^\[|\]$/g, "");
    if (ipaddr.isValid(host) && !request.allowPrivateTargets && !isPublicAddress(host)) {
      throw new UnsafeTargetError(`${host} is not a public address.`);
    }
  } catch (error) {
    return failed(error instanceof Error ? error.message : String(error));
  }

  const timestamp = Math.floor(now() / 1000);
  const client = url.protocol === "https:" ? https : http;
  return new Promise((resolve) => {
    const outgoing = client.request(
      url,
      {
        method: "POST",
        lookup: guardedLookup(request.allowPrivateTargets),
        timeout: request.timeoutMs ?? 5000,
        headers: {
          "content-type": "application/json",
          "user-agent": "Tandem-Webhooks/1",
          "tandem-event": request.eventType,
          "tandem-delivery": request.deliveryId,
          [SIGNATURE_HEADER]: signWebhook(request.secret, request.body, timestamp),
        },
      },
      (response) => {
        let excerpt = "";
        response.setEncoding("utf8");
        response.on("data", (chunk: string) => {
          if (excerpt.length < EXCERPT_CHARS) excerpt += chunk.slice(0, EXCERPT_CHARS - excerpt.length);
        });
        response.on("end", () => {
          const status = response.statusCode ?? 0;
          resolve({ ok: status >= 200 && status < 300, status, latencyMs: now() - started, excerpt });
        });
        response.on("error", (error) => resolve(failed(error.message)));
      },
    );
    outgoing.on("timeout", () => outgoing.destroy(new Error(`No answer within ${request.timeoutMs ?? 5000} ms.`)));
    outgoing.on("error", (error) => resolve(failed(error.message)));
    outgoing.end(request.body);
  });
}
