/**
 * `waitForCode` on the sandbox under fake timers: the client's sleeps and the sandbox's clock both read
 * the faked time, so every poll lands at a known moment and each test runs in milliseconds.
 */
import { describe, expect, it, vi } from "vitest";
import {
  createClient,
  NotFoundError,
  type Order,
  OrderStateError,
  type SandboxOptions,
  sandbox,
  TimeoutError,
} from "../../src/index.js";
import { START, useExactClock } from "./helpers.js";

const MINUTE = 60_000;

function setup(options: SandboxOptions = {}) {
  const provider = sandbox({ seed: 11, now: () => Date.now(), smsDelayMs: 10 * MINUTE, ...options });
  return { provider, client: createClient({ provider }) };
}

/** Follows a promise without awaiting it, so a test can check it is still pending as time moves. */
function track<T>(promise: Promise<T>) {
  const state: { settled: boolean; value?: T; error?: unknown } = { settled: false };
  promise.then(
    (value) => Object.assign(state, { settled: true, value }),
    (error: unknown) => Object.assign(state, { settled: true, error }),
  );
  return state;
}

/** Millisecond since the test began, as the faked clock reads it. */
const elapsed = () => Date.now() - START;

useExactClock();

describe("waitForCode", () => {
  it("returns the code, its message and the order once the SMS arrives, reporting every poll", async () => {
    const { client, provider } = setup({ smsDelayMs: 3_500 });
    const order = await client.buy({ service: "whatsapp" });
    const polls: Array<[number, string, number]> = [];
    const wait = track(
      client.waitForCode(order, {
        intervalMs: 1_000,
        onPoll: (polled, attempt) => polls.push([attempt, polled.status, elapsed()]),
      }),
    );
    await vi.advanceTimersByTimeAsync(4_000);

    expect(wait.error).toBeUndefined();
    const result = wait.value!;
    expect(result.code).toMatch(/^\d{6}$/);
    expect(result.message?.text).toContain(`${result.code.slice(0, 3)}-${result.code.slice(3)}`);
    expect(result.message?.from).toBe("WhatsApp");
    expect(result.order).toMatchObject({ id: order.id, status: "received", code: result.code });
    expect(polls).toEqual([
      [1, "waiting", 0],
      [2, "waiting", 1_000],
      [3, "waiting", 2_000],
      [4, "waiting", 3_000],
      [5, "received", 4_000],
    ]);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });

  it("returns at once for an order that already has its code", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "telegram" });
    provider.deliver(order, "Telegram code: 55555");
    const wait = track(client.waitForCode(order, { intervalMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.value?.code).toBe("55555");
  });

  it("on timeout cancels the order for its refund and throws TimeoutError", async () => {
    const { client, provider } = setup();
    const before = await client.balance();
    const order = await client.buy({ service: "whatsapp" });
    const wait = track(client.waitForCode(order, { timeoutMs: 5_000, intervalMs: 1_000 }));

    await vi.advanceTimersByTimeAsync(4_999);
    expect(wait.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);

    const error = wait.error as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.code).toBe("timeout");
    expect(error.refunded).toEqual(order.price);
    expect(error.order?.status).toBe("cancelled");
    expect(provider.ledger().map((e) => [e.kind, e.amount, e.ref])).toEqual([
      ["charge", 60, order.id],
      ["refund", 60, order.id],
    ]);
    expect(await client.balance()).toEqual(before);
  });

  it("with cancelOnTimeout false leaves the order open: TimeoutError, refunded null", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const wait = track(
      client.waitForCode(order, { timeoutMs: 5_000, intervalMs: 1_000, cancelOnTimeout: false }),
    );
    await vi.advanceTimersByTimeAsync(5_000);

    const error = wait.error as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.refunded).toBeNull();
    expect(error.order?.status).toBe("waiting");
    expect((await client.poll(order)).status).toBe("waiting");
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });

  it("returns a code that arrives between the last poll and the timeout cancel", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const polls: number[] = [];
    const wait = track(
      client.waitForCode(order, {
        timeoutMs: 5_000,
        intervalMs: 1_000,
        onPoll: (polled, attempt) => {
          polls.push(attempt);
          // The last poll saw no code; the SMS lands before the client's cancel goes out.
          if (elapsed() >= 5_000) provider.deliver(polled, "Your WhatsApp code: 482-913");
        },
      }),
    );
    await vi.advanceTimersByTimeAsync(5_000);

    expect(wait.error).toBeUndefined();
    expect(wait.value).toMatchObject({ code: "482913", order: { status: "received" } });
    expect(wait.value?.message?.text).toBe("Your WhatsApp code: 482-913");
    expect(polls).toEqual([1, 2, 3, 4, 5, 6]);
    // The sandbox refused the cancel (the code was in), so nothing was refunded.
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });

  it("throws OrderStateError when the order was cancelled without a code", async () => {
    const { client } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const { order: cancelled } = await client.cancel(order);
    const wait = track(client.waitForCode(order, { intervalMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.error).toBeInstanceOf(OrderStateError);
    expect((wait.error as Error).message).toContain("cancelled");
    expect((wait.error as OrderStateError).order?.status).toBe("cancelled");
    // Handed the closed order itself (no status change to see), it ends at the first look too.
    const again = track(client.waitForCode(cancelled, { intervalMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(0);
    expect(again.error).toBeInstanceOf(OrderStateError);
  });

  it("hands over the code an order already carries, even when the timeout comes before the first look", async () => {
    const { client, provider } = setup({ scenario: "slow", latencyMs: 2_000 });
    const buying = client.buy({ service: "telegram" });
    await vi.advanceTimersByTimeAsync(2_000);
    const order = await buying;
    provider.deliver(order, "Telegram code: 55555");
    const polledLater = { ...order, status: "received" as const, code: "55555" };
    const wait = track(client.waitForCode(polledLater, { timeoutMs: 10, intervalMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(10);
    expect(wait.value?.code).toBe("55555");
  });

  it("throws TimeoutError carrying the expired order when it expires without a code", async () => {
    const { client, provider } = setup({ activationTtlMs: 3_000 });
    const order = await client.buy({ service: "whatsapp" });
    const wait = track(client.waitForCode(order, { timeoutMs: 60_000, intervalMs: 1_000 }));
    await vi.advanceTimersByTimeAsync(3_000);

    expect(wait.error).toBeInstanceOf(TimeoutError);
    expect((wait.error as Error).message).toContain("expired");
    expect(wait.error).toMatchObject({
      cancelled: true,
      refunded: null,
      order: { id: order.id, status: "expired" },
    });
    // The provider's own expiry refunded it; the client did not cancel on top.
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("retries transient provider errors with a doubling backoff, then gets the code", async () => {
    const { client, provider } = setup({ smsDelayMs: 10_000 });
    const order = await client.buy({ service: "whatsapp" });
    provider.setScenario("provider_error");
    const polls: Array<[number, number]> = [];
    const wait = track(
      client.waitForCode(order, {
        intervalMs: 1_000,
        onPoll: (_polled, attempt) => polls.push([attempt, elapsed()]),
      }),
    );
    // Failed polls at 0, 2 s and 6 s; the provider recovers at 7 s; the next poll is 8 s after the last.
    await vi.advanceTimersByTimeAsync(7_000);
    expect(wait.settled).toBe(false);
    provider.setScenario("normal");
    await vi.advanceTimersByTimeAsync(7_000);

    expect(wait.error).toBeUndefined();
    expect(wait.value?.code).toMatch(/^\d{6}$/);
    expect(polls).toEqual([[4, 14_000]]);
  });

  it("reports each failed look through onRetry, so a provider that keeps failing shows before the timeout", async () => {
    const { client, provider } = setup({ smsDelayMs: 10_000 });
    const order = await client.buy({ service: "whatsapp" });
    provider.setScenario("provider_error");
    const retries: Array<[string, number]> = [];
    const wait = track(
      client.waitForCode(order, {
        intervalMs: 1_000,
        timeoutMs: 60_000,
        onRetry: (error, waitMs) => retries.push([error.code, waitMs]),
      }),
    );
    await vi.advanceTimersByTimeAsync(7_000);
    expect(wait.settled).toBe(false);
    expect(retries).toEqual([
      ["provider_error", 2_000],
      ["provider_error", 4_000],
      ["provider_error", 8_000],
    ]);
  });

  it("caps the error backoff at 30 seconds", async () => {
    const { client, provider } = setup({ smsDelayMs: 10_000 });
    const order = await client.buy({ service: "whatsapp" });
    provider.setScenario("provider_error");
    const polls: Array<[number, number]> = [];
    const wait = track(
      client.waitForCode(order, {
        intervalMs: 1_000,
        onPoll: (_polled, attempt) => polls.push([attempt, elapsed()]),
      }),
    );
    // Failed polls at 0, 2, 6, 14, 30, 60, 90 s (waits 2, 4, 8, 16, then 30, 30...); it recovers at 100 s.
    await vi.advanceTimersByTimeAsync(100_000);
    provider.setScenario("normal");
    await vi.advanceTimersByTimeAsync(30_000);

    expect(wait.value?.code).toMatch(/^\d{6}$/);
    expect(polls).toEqual([[8, 120_000]]);
  });

  it("throws a non-retryable error at once (an unknown order id)", async () => {
    const { client } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const onPoll = vi.fn();
    const wait = track(client.waitForCode({ ...order, id: "act_unknown" }, { intervalMs: 1_000, onPoll }));
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.error).toBeInstanceOf(NotFoundError);
    expect(onPoll).not.toHaveBeenCalled();
  });

  it("stops on abort with the signal's reason and leaves the order open", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const controller = new AbortController();
    const reason = new Error("the user closed the page");
    const wait = track(client.waitForCode(order, { intervalMs: 1_000, signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(2_500);
    controller.abort(reason);
    await vi.advanceTimersByTimeAsync(0);

    expect(wait.error).toBe(reason);
    expect((await client.poll(order)).status).toBe("waiting");
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });

  it("stops on abort during a slow poll, and at once for a signal aborted beforehand", async () => {
    const { client, provider } = setup({ latencyMs: 5_000 });
    const order = await client.buy({ service: "whatsapp" });
    provider.setScenario("slow");
    const controller = new AbortController();
    const wait = track(client.waitForCode(order, { intervalMs: 1_000, signal: controller.signal }));
    await vi.advanceTimersByTimeAsync(1_000);
    controller.abort();
    await vi.advanceTimersByTimeAsync(0);
    expect(wait.error).toBe(controller.signal.reason);
    expect((wait.error as Error).name).toBe("AbortError");

    const early = track(client.waitForCode(order, { signal: AbortSignal.abort("not now") }));
    await vi.advanceTimersByTimeAsync(0);
    expect(early.error).toBe("not now");
    provider.setScenario("normal");
    expect((await client.poll(order)).status).toBe("waiting");
  });

  it("by default waits until the order's expiresAt, then cancels", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    // The order as a script persisted it, due to expire in a minute (the sandbox keeps it for 15).
    const persisted: Order = JSON.parse(JSON.stringify({ ...order, expiresAt: new Date(START + MINUTE) }));
    const wait = track(client.waitForCode(persisted, { intervalMs: 1_000 }));

    await vi.advanceTimersByTimeAsync(MINUTE - 1);
    expect(wait.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.error).toBeInstanceOf(TimeoutError);
    expect((wait.error as TimeoutError).refunded).toEqual(order.price);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("waits 15 minutes when the order does not say when it expires", async () => {
    const { client } = setup({ activationTtlMs: 30 * MINUTE, smsDelayMs: 20 * MINUTE });
    const order = await client.buy({ service: "whatsapp" });
    const wait = track(client.waitForCode({ ...order, expiresAt: null }, { intervalMs: 5_000 }));

    await vi.advanceTimersByTimeAsync(15 * MINUTE - 1);
    expect(wait.settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(wait.error).toBeInstanceOf(TimeoutError);
    expect((wait.error as TimeoutError).order?.status).toBe("cancelled");
  });
});
