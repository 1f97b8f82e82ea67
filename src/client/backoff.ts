/**
 * Capped exponential backoff with "equal jitter": half the delay is fixed, half random, so watchers that
 * failed together do not come back together, and no wait is shorter than half its step.
 */
export function backoffDelay(baseMs: number, attempt: number, capMs: number): number {
  const step = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt));
  return Math.round(step / 2 + Math.random() * (step / 2));
}
