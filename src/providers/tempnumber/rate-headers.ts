/**
 * Temp Number announces its budget on every reply: `X-RateLimit-Limit` (the ceiling of the window),
 * `X-RateLimit-Remaining` (calls left), and, where sent, `X-RateLimit-Reset`. The budget takes all three:
 * the limit resizes it, a Remaining lower than our own count means another client spends the same
 * token, and a spent window holds every request of this provider instead of drawing a 429.
 */
import type { BudgetAnnouncement, RequestBudget } from "../../core/budget/request-budget.js";
import { MAX_HONOURED_RETRY_AFTER_MS, parseRetryAfter } from "../../core/transport/retry-after.js";

/** The documented budget: 60 requests a minute per token. */
export const TEMPNUMBER_RATE_LIMIT = { limit: 60, intervalMs: 60_000 } as const;

/**
 * The wait when `Remaining` is 0 and neither `Retry-After` nor `Reset` says how long: a whole window
 * (one minute) is the only wait certain not to draw a 429 (which would cost as long anyway).
 */
export const SPENT_WINDOW_WAIT_MS = 60_000;

/** A count header: digits only, else ignored. */
function count(value: string | null): number | undefined {
  const text = value?.trim();
  return text && /^\d+$/.test(text) ? Number(text) : undefined;
}

/**
 * `X-RateLimit-Reset` is undocumented: read as seconds until the reset, or as a Unix time in seconds
 * when it is that large (both forms are common).
 */
export function parseReset(value: string | null, now = Date.now()): number | undefined {
  const n = count(value);
  if (n === undefined) return undefined;
  return n > 1e9 ? Math.max(0, n * 1000 - now) : n * 1000;
}

export function onRateLimitHeaders(headers: Headers, budget: RequestBudget): void {
  const limit = count(headers.get("x-ratelimit-limit"));
  const remaining = count(headers.get("x-ratelimit-remaining"));
  const resetMs = parseRetryAfter(headers.get("retry-after")) ?? parseReset(headers.get("x-ratelimit-reset"));
  const said: BudgetAnnouncement = {
    ...(limit !== undefined ? { limit } : {}),
    ...(remaining !== undefined ? { remaining } : {}),
    ...(resetMs !== undefined ? { resetMs } : {}),
  };
  budget.announce(said);
  if (remaining !== 0) return;
  const wait = resetMs ?? SPENT_WINDOW_WAIT_MS;
  // A longer wait is the caller's to decide: the transport hands it over as RateLimitError.retryAfterMs.
  if (wait <= MAX_HONOURED_RETRY_AFTER_MS) budget.pauseFor(wait);
}
