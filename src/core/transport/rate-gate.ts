/**
 * The per-provider request budget: a p-throttle window (documented limits, user override) plus a pause
 * that a 429 sets for every request of that provider. Watchers and plain calls share one gate.
 */
import pThrottle from "p-throttle";

export interface RateLimit {
  /** Requests per `intervalMs`. */
  limit: number;
  intervalMs: number;
}

export interface RateGate {
  /** Resolves when a request may go out: after any pause, inside the window budget. */
  acquire(signal?: AbortSignal): Promise<void>;
  /** Holds every request of this provider until `ms` from now (never shortens a longer pause). */
  pauseFor(ms: number): void;
  /** Milliseconds until the current pause ends (0 when none). */
  pausedForMs(): number;
}

export function createRateGate(limit: RateLimit | null | undefined, now: () => number = Date.now): RateGate {
  let pausedUntil = 0;
  // Strict (sliding) throttling: a fixed window lets twice the limit through across a window edge, and
  // providers count any interval.
  const slot = limit
    ? pThrottle({ limit: limit.limit, interval: limit.intervalMs, strict: true })(async () => {})
    : null;

  return {
    async acquire(signal) {
      for (let wait = pausedUntil - now(); wait > 0; wait = pausedUntil - now()) {
        await sleep(wait, signal);
      }
      if (slot) await abortable(slot(), signal);
    },
    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
    },
    pausedForMs: () => Math.max(0, pausedUntil - now()),
  };
}

export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal?.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}

function abortable<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) return promise;
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    signal.addEventListener("abort", onAbort, { once: true });
    promise.then(
      (v) => {
        signal.removeEventListener("abort", onAbort);
        resolve(v);
      },
      (e) => {
        signal.removeEventListener("abort", onAbort);
        reject(e);
      },
    );
  });
}
