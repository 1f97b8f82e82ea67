/**
 * `waitForCode` with a scripted poll under fake timers, so every poll's moment is exact: a provider's
 * Retry-After is never undercut and one good poll ends the backoff; and `codeResult`, which message it
 * hands over with the code.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { codeResult } from "../../src/client/wait-for-code.js";
import { ProviderError, RateLimitError } from "../../src/core/errors.js";
import type { Message, Order } from "../../src/core/model.js";
import { createClient, type Provider, sandbox } from "../../src/index.js";
import { buildOrder } from "../../src/testing/builders.js";

const ORDER: Order = buildOrder();
const RECEIVED: Order = { ...ORDER, status: "received", code: "1234" };

type Step = "down" | "waiting" | "code" | RateLimitError;

/** A poll that plays `steps` in order and notes the (fake) time of each call. */
function scriptedPoll(steps: Step[]) {
  const at: number[] = [];
  const poll = async (): Promise<Order> => {
    at.push(Date.now());
    const step = steps.shift();
    if (step instanceof RateLimitError) throw step;
    if (step === "down") throw new ProviderError("upstream down", { provider: "sandbox", retryable: true });
    return step === "code" ? RECEIVED : ORDER;
  };
  // A provider whose every look plays the script (the sandbox lends its capabilities).
  const provider: Provider = {
    name: "sandbox",
    capabilities: { ...sandbox().capabilities, pollIntervalMs: 100 },
    poll,
  };
  return { client: createClient({ provider }), at };
}

beforeEach(() => {
  vi.useFakeTimers({ now: 0 });
  // The backoff's jitter at its top: every wait is the whole step, so the moments are exact.
  vi.spyOn(Math, "random").mockReturnValue(1);
});
afterEach(() => {
  vi.useRealTimers();
  vi.restoreAllMocks();
});

describe("waitForCode pacing after failed polls", () => {
  it("waits at least a poll's Retry-After (5 s) before polling again, though its own backoff is shorter", async () => {
    const slow = new RateLimitError("Too many requests", { provider: "sandbox", retryAfterMs: 5_000 });
    const { client, at } = scriptedPoll([slow, "code"]);
    const waiting = client.waitForCode(ORDER, { intervalMs: 100, timeoutMs: 60_000 });
    await vi.advanceTimersByTimeAsync(4_999);
    expect(at).toEqual([0]);
    await vi.advanceTimersByTimeAsync(1);
    expect((await waiting).code).toBe("1234");
    expect(at).toEqual([0, 5_000]);
  });

  it("starts the backoff over after a successful poll", async () => {
    // Waits: 200 and 400 after the failures, 100 after the good poll, then 200 again (not 800).
    const { client, at } = scriptedPoll(["down", "down", "waiting", "down", "code"]);
    const waiting = client.waitForCode(ORDER, { intervalMs: 100, timeoutMs: 60_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await waiting).code).toBe("1234");
    expect(at).toEqual([0, 200, 600, 700, 900]);
  });
});

describe("codeResult", () => {
  it("hands over the message carrying the code, not a newer message without one", () => {
    const withCode: Message = {
      id: "m1",
      from: "WhatsApp",
      text: "Your WhatsApp code 482-913",
      code: "482913",
      receivedAt: "2026-01-01T00:00:00.000Z",
    };
    const newer: Message = {
      id: "m2",
      from: "Carrier",
      text: "Welcome to the network!",
      code: null,
      receivedAt: "2026-01-01T00:01:00.000Z",
    };
    const result = codeResult({ ...RECEIVED, code: "482913", messages: [newer, withCode] });
    expect(result?.code).toBe("482913");
    expect(result?.message).toEqual(withCode);
  });
});
