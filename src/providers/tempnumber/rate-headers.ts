/**
 * Temp Number announces its budget on every reply (`X-RateLimit-Limit`, `X-RateLimit-Remaining`). When
 * the window is spent, every request of this provider waits instead of drawing a 429.
 */
import type { RateGate } from "../../core/transport/rate-gate.js";
import { MAX_HONOURED_RETRY_AFTER_MS, parseRetryAfter } from "../../core/transport/retry-after.js";

/** The documented budget: 60 requests a minute per token. */
export const TEMPNUMBER_RATE_LIMIT = { limit: 60, intervalMs: 60_000 } as const;

/**
 * The wait when `Remaining` is 0 and no `Retry-After` says how long: the docs give no reset time, so a
 * whole window (one minute) is the only wait certain not to draw a 429 (which would cost as long anyway).
 */
export const SPENT_WINDOW_WAIT_MS = TEMPNUMBER_RATE_LIMIT.intervalMs;

export function onRateLimitHeaders(headers: Headers, gate: RateGate): void {
  const remaining = headers.get("x-ratelimit-remaining")?.trim();
  if (!remaining || !/^\d+$/.test(remaining) || Number(remaining) > 0) return;
  const wait = parseRetryAfter(headers.get("retry-after")) ?? SPENT_WINDOW_WAIT_MS;
  // A longer wait is the caller's to decide: the transport hands it over as RateLimitError.retryAfterMs.
  if (wait <= MAX_HONOURED_RETRY_AFTER_MS) gate.pauseFor(wait);
}
