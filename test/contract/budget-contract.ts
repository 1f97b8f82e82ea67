/**
 * The contract every `RequestBudget` keeps (the in-process one today; a shared one later runs the same
 * suite): the limit holds in any window, counting each request until its reply; a pause holds everyone;
 * an abort frees the waiter; `delayMs` says how long an acquire would wait.
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

export function runBudgetContract(label: string, make: (limit: RateLimit | null) => RequestBudget): void {
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
      vi.useFakeTimers({ now: 0 });
      const budget = make({ limit: 1, intervalMs: 1_000 });
      (await budget.acquire())();
      const controller = new AbortController();
      const aborted = budget.acquire(controller.signal);
      const next = budget.acquire();
      controller.abort(new Error("stop"));
      await expect(aborted).rejects.toThrow("stop");
      let released = -1;
      void next.then(() => {
        released = Date.now();
      });
      await vi.advanceTimersByTimeAsync(2_000);
      expect(released).toBeGreaterThanOrEqual(1_000);
      expect(released).toBeLessThanOrEqual(1_100);
    });

    it("holds a request while every slot is in flight, and counts each until a window after its reply", async () => {
      vi.useFakeTimers({ now: 0 });
      const budget = make({ limit: 2, intervalMs: 1_000 });
      const first = await budget.acquire();
      await budget.acquire();
      let third = false;
      void budget.acquire().then(() => {
        third = true;
      });
      await vi.advanceTimersByTimeAsync(5_000);
      // Both in flight for 5 s: the provider may not have seen them yet, so no slot is free.
      expect(third).toBe(false);
      expect(budget.delayMs()).toBeGreaterThan(0);
      first();
      await vi.advanceTimersByTimeAsync(999);
      expect(third).toBe(false);
      await vi.advanceTimersByTimeAsync(101);
      expect(third).toBe(true);
    });

    it("says how long an acquire would wait, without taking a slot", async () => {
      vi.useFakeTimers({ now: 0 });
      const budget = make({ limit: 2, intervalMs: 1_000 });
      expect(budget.delayMs()).toBe(0);
      expect(budget.delayMs()).toBe(0);
      (await budget.acquire())();
      (await budget.acquire())();
      vi.setSystemTime(400);
      expect(budget.delayMs()).toBeGreaterThanOrEqual(600);
      budget.pauseFor(5_000);
      expect(budget.delayMs()).toBe(5_000);
    });
  });
}
