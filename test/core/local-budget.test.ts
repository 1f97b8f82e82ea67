import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { localBudget, marginFor } from "../../src/core/budget/local-budget.js";
import { numpool } from "../../src/index.js";
import { peak, runBudgetContract } from "../contract/budget-contract.js";

runBudgetContract("localBudget", (limit) => localBudget(limit));

afterEach(() => {
  vi.useRealTimers();
});

describe("local budget", () => {
  it("keeps a margin of 5% of the window (20 ms to 1 s) on top of it", async () => {
    vi.useFakeTimers({ now: 0 });
    const budget = localBudget({ limit: 1, intervalMs: 1_000 });
    (await budget.acquire())();
    expect(budget.delayMs()).toBe(1_000 + marginFor(1_000));
    expect([marginFor(100), marginFor(1_000), marginFor(60_000)]).toEqual([20, 50, 1_000]);
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
      // Three windows' worth: two window edges crossed while every call is queued, on cold connections.
      await Promise.all(Array.from({ length: 60 }, () => provider.balance()));
      expect(arrivals).toHaveLength(60);
      expect(peak(arrivals, 1_000)).toBeLessThanOrEqual(20);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });
});
