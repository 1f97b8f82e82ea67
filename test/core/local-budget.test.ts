import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { localBudget, marginFor } from "../../src/core/budget/local-budget.js";
import { numpool } from "../../src/index.js";

/** The most calls inside any window of `span` ms. */
function peak(times: readonly number[], span: number): number {
  const sorted = [...times].sort((a, b) => a - b);
  let best = 0;
  for (let i = 0; i < sorted.length; i++) {
    let j = i;
    while (j < sorted.length && sorted[j]! - sorted[i]! < span) j++;
    best = Math.max(best, j - i);
  }
  return best;
}

afterEach(() => {
  vi.useRealTimers();
});

describe("local budget", () => {
  it("never lets more than `limit` requests through in any interval, even across a window edge", async () => {
    const budget = localBudget({ limit: 3, intervalMs: 200 });
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
    const budget = localBudget(null);
    budget.pauseFor(120);
    budget.pauseFor(10);
    const started = performance.now();
    await budget.acquire();
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(budget.pausedForMs()).toBe(0);
  });

  it("stops waiting when the signal aborts, and the next waiter is not held by the aborted one", async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = localBudget({ limit: 1, intervalMs: 1_000 });
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
    expect(released).toBe(1_000 + marginFor(1_000));
  });

  it("says how long an acquire would wait, without taking a slot", async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = localBudget({ limit: 2, intervalMs: 1_000 });
    expect(budget.delayMs()).toBe(0);
    void budget.acquire().then((release) => release());
    void budget.acquire().then((release) => release());
    await Promise.resolve();
    vi.setSystemTime(400);
    expect(budget.delayMs()).toBe(1_000 + marginFor(1_000) - 400);
    budget.pauseFor(5_000);
    expect(budget.delayMs()).toBe(5_000);
  });

  it("takes a provider's announced limit and counts calls others spent on the same key", async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = localBudget({ limit: 60, intervalMs: 60_000 });
    budget.announce({ limit: 5 });
    expect(budget.limit).toEqual({ limit: 5, intervalMs: 60_000 });
    (await budget.acquire())();
    // We sent one, the provider says one is left: three went out from somewhere else, and they leave
    // the window when the provider's resets (in 10 s), not a whole window from now.
    budget.announce({ remaining: 1, resetMs: 10_000 });
    (await budget.acquire())();
    expect(budget.delayMs()).toBe(10_000);
  });

  it("holds a request while every slot is in flight, and counts each one until a window after its reply", async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = localBudget({ limit: 2, intervalMs: 1_000 });
    const first = await budget.acquire();
    await budget.acquire();
    let third = false;
    void budget.acquire().then(() => {
      third = true;
    });
    await vi.advanceTimersByTimeAsync(5_000);
    // Both in flight for 5 s: the provider may not have seen them yet, so no slot is free.
    expect(third).toBe(false);
    first();
    await vi.advanceTimersByTimeAsync(1_000 + marginFor(1_000) - 1);
    expect(third).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(third).toBe(true);
  });

  it("counts until the reply: 60 calls at 20 a second never reach a server more than 20 times in any second", async () => {
    const arrivals: number[] = [];
    const server = createServer((_req, res) => {
      arrivals.push(performance.now());
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify({ balance: 1, currency: "USD" }));
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      const provider = numpool({
        apiKey: "np_test",
        baseUrl: `http://127.0.0.1:${port}/api/v1`,
        rateLimit: { limit: 20, intervalMs: 1_000 },
      });
      // Three windows' worth: two window edges crossed while every call is queued (the bench runs 200).
      await Promise.all(Array.from({ length: 60 }, () => provider.balance()));
      expect(arrivals).toHaveLength(60);
      expect(peak(arrivals, 1_000)).toBeLessThanOrEqual(20);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
