import { RateLimiterMemory, RateLimiterRes } from "rate-limiter-flexible";
import type { Actor } from "./access.ts";
import { tooManyRequests } from "./errors.ts";

/** A limit takes one unit of work for a member, or throws 429 with Retry-After. */
export type WorkLimit = (actor: Pick<Actor, "memberId">) => Promise<void>;

/**
 * A cap on costly work (laying out a PDF, say) per caller and minute. It is
 * taken only once the work is certain to run — after the record was found —
 * so a caller's 404s cost nothing. Per member, so people behind one NAT do
 * not share it. (Routes open to anonymous callers limit per client address
 * with the route's `rateLimit` config instead.)
 */
export function workLimit(what: string, perMinute: number): WorkLimit {
  const limiter = new RateLimiterMemory({ keyPrefix: what, points: perMinute, duration: 60 });
  return async (actor) => {
    try {
      await limiter.consume(actor.memberId);
    } catch (refusal) {
      if (!(refusal instanceof RateLimiterRes)) throw refusal;
      const seconds = Math.ceil(refusal.msBeforeNext / 1000);
      throw tooManyRequests("rate_limited", `You asked for ${perMinute} ${what} in a minute, the most allowed. Try again in ${seconds} seconds.`, seconds);
    }
  };
}
