/**
 * The contract every `RequestBudget` keeps (the in-process one, and the Redis one of `unisms/redis`): the
 * limit holds in any window, counting each request until its reply; a pause holds everyone; an abort
 * frees the waiter; `delayMs` says how long an acquire would wait.
 *
 * A budget that keeps time outside this process (Redis's clock) cannot be moved by fake timers, nor can
 * its calls be answered while they hold the clock: with `realTime`, the tests that use fake timers run on
 * real ones instead, with a 250 ms window in place of 1 s and the tolerances of real timers. Everything
 * they assert is the same.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import type { RateLimit, RequestBudget } from "../../src/core/budget/request-budget.js";

/** The most moments inside any window of `span` ms. */
export function peak(times: readonly number[], span: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0, j = 0; i < sorted.length; i++) {
    while (j < sorted.length && sorted[j]! - sorted[i]! < span) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

/** How the contract's timed tests move time. */
export interface BudgetContractOptions {
  /** Real timers and a 250 ms window instead of fake timers and 1 s (see the top of this file). */
  realTime?: boolean;
}

interface Time {
  /** The window the timed tests use. */
  readonly window: number;
  /** Lets `ms` pass (fake: advances the timers; real: sleeps). */
  advance(ms: number): Promise<void>;
  /** Milliseconds since the test started. */
  now(): number;
}

function timeFor(options: BudgetContractOptions): Time {
  if (!options.realTime) {
    vi.useFakeTimers({ now: 0 });
    return { window: 1_000, advance: (ms) => vi.advanceTimersByTimeAsync(ms).then(() => {}), now: Date.now };
  }
  const start = performance.now();
  return {
    window: 250,
    advance: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    now: () => performance.now() - start,
  };
}

export function runBudgetContract(
  label: string,
  make: (limit: RateLimit | null) => RequestBudget,
  options: BudgetContractOptions = {},
): void {
  // Real timers fire late, never early: the upper bounds get room for that (and a Redis round trip).
  const slack = options.realTime ? 50 : 0;
  // How late a real timer and a Redis round trip may be on a loaded two-core machine (seen: 77 ms past
  // the window's 10 %): for the upper bounds only, which say "no stall", not "within the limit".
  const late = options.realTime ? 150 : 0;
  describe(`${label}: budget contract`, () => {
    afterEach(() => {
      vi.useRealTimers();
    });

    it("never lets more than `limit` requests through in any interval, even across a window edge", async () => {
      const budget = make({ limit: 3, intervalMs: 200 });
      const times: number[] = [];
      const go = async () => {
        const release = await budget.acquire();
        times.push(performance.now());
        release();
      };
      await go();
      await new Promise((resolve) => setTimeout(resolve, 150));
      await Promise.all(Array.from({ length: 6 }, go));
      // A fixed window would let 2 + 3 through between 150 ms and 200 ms; the provider counts any 200 ms.
      expect(peak(times, 200)).toBeLessThanOrEqual(3);
    });

    it("holds every request during a pause, and a shorter pause never shortens a longer one", async () => {
      const budget = make(null);
      budget.pauseFor(120);
      budget.pauseFor(10);
      const started = performance.now();
      await budget.acquire();
      expect(performance.now() - started).toBeGreaterThanOrEqual(110);
      expect(budget.pausedForMs()).toBe(0);
    });

    it("stops waiting when the signal aborts, and the next waiter is not held by the aborted one", async () => {
      const time = timeFor(options);
      const budget = make({ limit: 1, intervalMs: time.window });
      (await budget.acquire())();
      const controller = new AbortController();
      const aborted = budget.acquire(controller.signal);
      const next = budget.acquire();
      controller.abort(new Error("stop"));
      await expect(aborted).rejects.toThrow("stop");
      let released = -1;
      void next.then(() => {
        released = time.now();
      });
      await time.advance(2 * time.window);
      expect(released).toBeGreaterThanOrEqual(time.window);
      expect(released).toBeLessThanOrEqual(time.window * 1.1 + late);
    });

    it("holds a request while every slot is in flight, and counts each until a window after its reply", async () => {
      const time = timeFor(options);
      const budget = make({ limit: 2, intervalMs: time.window });
      const first = await budget.acquire();
      await budget.acquire();
      let third = false;
      void budget.acquire().then(() => {
        third = true;
      });
      await time.advance(options.realTime ? 3 * time.window : 5 * time.window);
      // Both in flight for several windows: the provider may not have seen them yet, so no slot is free.
      expect(third).toBe(false);
      expect(budget.delayMs()).toBeGreaterThan(0);
      first();
      await time.advance(options.realTime ? time.window - 30 : time.window - 1);
      expect(third).toBe(false);
      await time.advance(time.window * 0.1 + 1 + late);
      expect(third).toBe(true);
    });

    it("says how long an acquire would wait, without taking a slot", async () => {
      const time = timeFor(options);
      const budget = make({ limit: 2, intervalMs: time.window });
      expect(budget.delayMs()).toBe(0);
      expect(budget.delayMs()).toBe(0);
      (await budget.acquire())();
      (await budget.acquire())();
      await time.advance(time.window * 0.4);
      // Real timers: the sleep may have lasted a little longer than asked.
      expect(budget.delayMs()).toBeGreaterThanOrEqual(time.window * 0.6 - slack);
      budget.pauseFor(5_000);
      expect(budget.delayMs()).toBe(5_000);
    });
  });
}
