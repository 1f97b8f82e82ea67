import { describe, expect, it } from "vitest";
import { createRateGate } from "../../src/core/transport/rate-gate.js";

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

describe("rate gate", () => {
  it("never lets more than `limit` requests through in any interval, even across a window edge", async () => {
    const gate = createRateGate({ limit: 3, intervalMs: 200 });
    const times: number[] = [];
    const go = async () => {
      await gate.acquire();
      times.push(performance.now());
    };
    await go();
    await new Promise((resolve) => setTimeout(resolve, 150));
    await Promise.all(Array.from({ length: 6 }, go));
    // A fixed window would let 2 + 3 through between 150 ms and 200 ms; the provider counts any 200 ms.
    expect(peak(times, 190)).toBeLessThanOrEqual(3);
  });

  it("holds every request during a pause, and a shorter pause never shortens a longer one", async () => {
    const gate = createRateGate(null);
    gate.pauseFor(120);
    gate.pauseFor(10);
    const started = performance.now();
    await gate.acquire();
    expect(performance.now() - started).toBeGreaterThanOrEqual(110);
    expect(gate.pausedForMs()).toBe(0);
  });

  it("stops waiting when the signal aborts", async () => {
    const gate = createRateGate(null);
    gate.pauseFor(5_000);
    const controller = new AbortController();
    setTimeout(() => controller.abort(new Error("stop")), 20);
    await expect(gate.acquire(controller.signal)).rejects.toThrow("stop");
  });
});
