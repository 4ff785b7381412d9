export interface BackoffOptions {
  /** Delay before the first retry. */
  baseMs?: number;
  factor?: number;
  /** No delay grows beyond this. */
  maxMs?: number;
  /**
   * Spread retries so jobs that failed together (an endpoint down) do not
   * come back together: the delay is drawn from its upper half. Off, the
   * schedule is exact (tests).
   */
  jitter?: boolean;
  random?: () => number;
}

export const DEFAULT_BACKOFF = { baseMs: 10_000, factor: 2, maxMs: 60 * 60_000 } as const;

/** Delay before the retry that follows failed attempt `attempt` (1, 2, …): base × factor^(attempt−1), capped. */
export function backoffDelayMs(attempt: number, options: BackoffOptions = {}): number {
  const { baseMs = DEFAULT_BACKOFF.baseMs, factor = DEFAULT_BACKOFF.factor, maxMs = DEFAULT_BACKOFF.maxMs } = options;
  const exponent = Math.max(0, Math.floor(attempt) - 1);
  const delay = Math.min(maxMs, baseMs * factor ** exponent);
  if (!options.jitter) return delay;
  const random = options.random ?? Math.random;
  return Math.round(delay / 2 + random() * (delay / 2));
}
