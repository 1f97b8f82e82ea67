/** The 60-a-minute budget: 429 `Retry-After` honoured, and `X-RateLimit-Remaining: 0` holding requests. */
import { describe, expect, it } from "vitest";
import { localBudget } from "../../../src/core/budget/local-budget.js";
import type { BudgetAnnouncement, RequestBudget } from "../../../src/core/budget/request-budget.js";
import {
  onRateLimitHeaders,
  parseReset,
  SPENT_WINDOW_WAIT_MS,
  TEMPNUMBER_RATE_LIMIT,
} from "../../../src/providers/tempnumber/rate-headers.js";
import { createTempNumberFake } from "../../../src/testing/fakes/tempnumber.js";
import { expectDefaultBudget } from "../../fakes/harness.js";
import { accountExample } from "./fixtures.js";
import { requestsTo, useTempNumberFake } from "./harness.js";

const h = useTempNumberFake();
const ACCOUNT = /\/v1\/account$/;

function recordingGate(): RequestBudget & { pauses: number[]; said: BudgetAnnouncement[] } {
  const pauses: number[] = [];
  const said: BudgetAnnouncement[] = [];
  return {
    pauses,
    said,
    limit: null,
    acquire: async () => () => {},
    delayMs: () => 0,
    pauseFor: (ms: number) => void pauses.push(ms),
    pausedForMs: () => 0,
    announce: (a: BudgetAnnouncement) => void said.push(a),
  };
}

describe("tempnumber rate limits", () => {
  it("retries a GET after a 429, no sooner than its Retry-After", async () => {
    h.fake.faults.add(
      { method: "GET", path: ACCOUNT },
      {
        kind: "status",
        status: 429,
        body: { success: false, message: "Too Many Attempts." },
        headers: { "Retry-After": "0.3", "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0" },
      },
    );
    expect(await h.client.balance()).toEqual({ amount: 10_000, currency: "USD" });
    const [first, second] = requestsTo(h, "GET", ACCOUNT);
    expect(second!.at - first!.at).toBeGreaterThanOrEqual(280);
  });

  it("holds the next request after a reply that says the window is spent", async () => {
    h.fake.faults.add(
      { method: "GET", path: ACCOUNT },
      {
        kind: "status",
        status: 200,
        body: accountExample,
        headers: { "X-RateLimit-Limit": "60", "X-RateLimit-Remaining": "0", "Retry-After": "0.3" },
      },
    );
    expect(await h.client.balance()).toEqual({ amount: 12450, currency: "USD" });
    await h.client.services();
    const [account, pricing] = h.sent;
    expect(pricing!.at - account!.at).toBeGreaterThanOrEqual(280);
  });

  it("does not hold requests while the window has calls left", async () => {
    const started = performance.now();
    await h.client.balance();
    await h.client.balance();
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it("holds requests a whole minute when Remaining is 0 without Retry-After; leaves longer waits to the caller", () => {
    expect(SPENT_WINDOW_WAIT_MS).toBe(TEMPNUMBER_RATE_LIMIT.intervalMs);
    const cases: Array<[Record<string, string>, number[]]> = [
      [{ "X-RateLimit-Remaining": "0" }, [SPENT_WINDOW_WAIT_MS]],
      [{ "X-RateLimit-Remaining": "0", "Retry-After": "12" }, [12_000]],
      [{ "X-RateLimit-Remaining": "0", "Retry-After": "600" }, []],
      [{ "X-RateLimit-Remaining": "3" }, []],
      [{ "X-RateLimit-Remaining": "soon" }, []],
      [{}, []],
    ];
    for (const [headers, pauses] of cases) {
      const gate = recordingGate();
      onRateLimitHeaders(new Headers(headers), gate);
      expect({ headers, pauses: gate.pauses }).toEqual({ headers, pauses });
    }
    expect(SPENT_WINDOW_WAIT_MS).toBe(60_000);
  });

  it("holds the next call once the fake's own window (2 a minute) is spent, instead of drawing a 429", async () => {
    const fake = createTempNumberFake({ requestsPerMinute: 2 });
    h.server.resetHandlers(...fake.handlers);
    const provider = fake.provider();
    await provider.balance();
    await provider.balance();
    await expect(provider.balance({ signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(fake.faults.count("GET", ACCOUNT)).toBe(2);
  });

  it("lets 60 requests through at once and holds the 61st when no rateLimit is set (60 a minute)", async () => {
    // A fake that announces the documented 60 a minute (a larger announced limit would be followed).
    const fake = createTempNumberFake({ requestsPerMinute: 60 });
    h.server.resetHandlers(...fake.handlers);
    await expectDefaultBudget(fake, ACCOUNT, 60);
  });

  it("resizes the budget to the announced X-RateLimit-Limit, and counts calls spent elsewhere", () => {
    const budget = localBudget(TEMPNUMBER_RATE_LIMIT);
    onRateLimitHeaders(new Headers({ "X-RateLimit-Limit": "120" }), budget);
    expect(budget.limit).toEqual({ limit: 120, intervalMs: 60_000 });
    // 120 allowed, none sent by us, 2 left: 118 were spent by another client on this token.
    onRateLimitHeaders(new Headers({ "X-RateLimit-Limit": "120", "X-RateLimit-Remaining": "2" }), budget);
    expect(budget.delayMs()).toBe(0);
    onRateLimitHeaders(new Headers({ "X-RateLimit-Remaining": "0", "X-RateLimit-Reset": "7" }), budget);
    expect(budget.pausedForMs()).toBeGreaterThan(6_900);
    expect(budget.pausedForMs()).toBeLessThanOrEqual(7_000);
  });

  it("never raises a limit the user set, only lowers it", async () => {
    const fake = createTempNumberFake({ requestsPerMinute: 60 });
    h.server.resetHandlers(...fake.handlers);
    const provider = fake.provider({ rateLimit: { limit: 20, intervalMs: 60_000 } });
    await provider.balance();
    expect(provider.budget?.limit).toEqual({ limit: 20, intervalMs: 60_000 });
    const lowered = fake.provider({ rateLimit: { limit: 100, intervalMs: 60_000 } });
    await lowered.balance();
    expect(lowered.budget?.limit).toEqual({ limit: 60, intervalMs: 60_000 });
  });

  it("reads X-RateLimit-Reset as seconds from now, or as a Unix time when it is one", () => {
    const now = Date.UTC(2026, 11, 5);
    expect(parseReset("30", now)).toBe(30_000);
    expect(parseReset(String(now / 1000 + 12), now)).toBe(12_000);
    expect(parseReset("soon", now)).toBeUndefined();
    expect(parseReset(null, now)).toBeUndefined();
  });
});
