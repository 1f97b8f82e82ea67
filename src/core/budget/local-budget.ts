/**
 * The in-process budget: a sliding log. A request may go when fewer than `limit` requests are in
 * flight or had their reply within the last `intervalMs + margin`. Counting a request until its reply
 * (not from when its slot was reserved, nor only from when it was sent) is what makes the limit hold at
 * the provider, which saw it at some moment in between. The margin (5% of the window, 20 ms to 1 s)
 * absorbs the difference between our clock and the provider's.
 *
 * p-throttle was used here before, but it stamps a slot when it is reserved: requests that left late let
 * a later one through early, and 200 calls at 20 a second reached a server 21 or 22 times within one
 * second. Stamping at send time was not enough either (a burst on cold connections reached a loopback
 * server over 30 times in one second), so the log is ours and it stamps replies.
 */
import type { BudgetAnnouncement, RateLimit, Release, RequestBudget } from "./request-budget.js";

interface Waiter {
  resolve(release: Release): void;
  reject(reason: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
}

/** Options of `localBudget`. */
export interface LocalBudgetOptions {
  /** Clock (tests). */
  now?: () => number;
  /**
   * The most an announced limit may raise the budget to: a limit the user set (to leave part of a shared
   * key to another process, say) is never raised by the provider's headers, only lowered.
   */
  maxLimit?: number;
}

const noop: Release = () => {};

export function marginFor(intervalMs: number): number {
  return Math.min(1_000, Math.max(20, Math.round(intervalMs * 0.05)));
}

/**
 * The in-process budget every adapter uses by default: a strict sliding window (a fixed window lets twice
 * the limit through at its edge) with a small margin for clock differences. Null `limit`: unlimited, but
 * still paused by a 429.
 */
export function localBudget(
  limit: RateLimit | null | undefined,
  options: LocalBudgetOptions = {},
): RequestBudget {
  const now = options.now ?? Date.now;
  let current: RateLimit | null = limit ? { ...limit } : null;
  let pausedUntil = 0;
  /** Moments replies came, ascending. */
  const sent: number[] = [];
  /** Requests let out whose reply has not come. */
  let inFlight = 0;
  const waiters: Waiter[] = [];
  let timer: ReturnType<typeof setTimeout> | undefined;

  const windowMs = () => (current ? current.intervalMs + marginFor(current.intervalMs) : 0);

  function prune(at: number): void {
    const from = at - windowMs();
    let drop = 0;
    while (drop < sent.length && sent[drop]! <= from) drop++;
    if (drop) sent.splice(0, drop);
  }

  function delayMs(): number {
    const at = now();
    const pause = Math.max(0, pausedUntil - at);
    if (!current) return pause;
    prune(at);
    const over = inFlight + sent.length - current.limit;
    if (over < 0) return pause;
    // Every slot held by a request still in flight: the next reply frees one a window later.
    const slot = over < sent.length ? sent[over]! + windowMs() - at : windowMs();
    return Math.max(pause, slot, 0);
  }

  function record(at: number): void {
    // Kept sorted: an announced backlog may be dated in the past.
    let i = sent.length;
    while (i > 0 && sent[i - 1]! > at) i--;
    sent.splice(i, 0, at);
  }

  /** Counts one request as let out now; the release stamps its reply. */
  function letOut(): Release {
    if (!current) return noop;
    inFlight++;
    let released = false;
    return () => {
      if (released) return;
      released = true;
      inFlight--;
      record(now());
      if (waiters.length > 0) pump();
    };
  }

  function pump(): void {
    if (timer) clearTimeout(timer);
    timer = undefined;
    while (waiters.length > 0) {
      const wait = delayMs();
      if (wait > 0) {
        timer = setTimeout(pump, wait);
        return;
      }
      const waiter = waiters.shift()!;
      if (waiter.onAbort) waiter.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve(letOut());
    }
  }

  return {
    get limit() {
      return current;
    },

    acquire(signal) {
      if (signal?.aborted) return Promise.reject(signal.reason);
      if (waiters.length === 0 && delayMs() === 0) return Promise.resolve(letOut());
      return new Promise<Release>((resolve, reject) => {
        const waiter: Waiter = { resolve, reject, signal, onAbort: undefined };
        if (signal) {
          waiter.onAbort = () => {
            const index = waiters.indexOf(waiter);
            if (index >= 0) waiters.splice(index, 1);
            reject(signal.reason);
            if (index === 0) pump();
          };
          signal.addEventListener("abort", waiter.onAbort, { once: true });
        }
        waiters.push(waiter);
        if (waiters.length === 1) pump();
      });
    },

    delayMs,

    pauseFor(ms) {
      pausedUntil = Math.max(pausedUntil, now() + ms);
      if (waiters.length > 0) pump();
    },

    pausedForMs: () => Math.max(0, pausedUntil - now()),

    announce(said: BudgetAnnouncement) {
      if (current && said.limit !== undefined && Number.isInteger(said.limit) && said.limit > 0) {
        current = { ...current, limit: Math.min(said.limit, options.maxLimit ?? Number.POSITIVE_INFINITY) };
      }
      if (
        !current ||
        said.remaining === undefined ||
        !Number.isInteger(said.remaining) ||
        said.remaining < 0
      ) {
        return;
      }
      const at = now();
      prune(at);
      // Others (another process on the same key) spent what we did not: count their calls as ours, dated
      // so that they leave our window when the provider's resets.
      const missing = current.limit - inFlight - sent.length - said.remaining;
      if (missing <= 0) return;
      const stamp = said.resetMs !== undefined ? Math.min(at, at + said.resetMs - windowMs()) : at;
      for (let i = 0; i < missing; i++) record(stamp);
      if (waiters.length > 0) pump();
    },
  };
}
