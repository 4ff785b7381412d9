import fastifyHelmet from "@fastify/helmet";
import type { FastifyInstance } from "fastify";

/**
 * Security headers on every answer, the web app's and the API's. The
 * Content-Security-Policy allows scripts only from Tandem's own origin — no
 * inline script, no eval — so a payload that slipped past the sanitizer
 * still cannot run. Styles may be inline: the component kit sets its theme
 * as CSS variables in a style element. Nothing may frame Tandem
 * (clickjacking), and no Referer leaves it (links carry one-time tokens).
 * HSTS is sent only over TLS, where browsers honour it.
 */
/**
 * For the few answers written before any hook runs (the router's refusals,
 * Node's parser errors): a problem+json body needs no script, style or frame.
 */
export const PROBLEM_SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "content-security-policy": "default-src 'none'; frame-ancestors 'none'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "no-referrer",
};

export async function registerSecurityHeaders(app: FastifyInstance): Promise<void> {
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", "data:"],
        fontSrc: ["'self'", "data:"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
    frameguard: { action: "deny" },
    referrerPolicy: { policy: "no-referrer" },
    strictTransportSecurity: false,
  });
  app.addHook("onSend", async (request, reply) => {
    if (request.protocol === "https") void reply.header("strict-transport-security", "max-age=31536000; includeSubDomains");
  });
}
