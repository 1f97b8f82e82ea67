/** Every client method's last `{ signal, timeoutMs }`: a timeout is a TimeoutError, an abort rejects with its reason. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { createClient, sandbox, TimeoutError, ValidationError } from "../../src/index.js";
import { START } from "./helpers.js";

beforeEach(() => {
  vi.useFakeTimers({ now: START });
});
afterEach(() => {
  vi.useRealTimers();
});

function slowClient() {
  const provider = sandbox({ seed: 3, now: () => Date.now(), scenario: "slow", latencyMs: 5_000 });
  return { provider, client: createClient({ provider }) };
}

describe("per-call options", () => {
  it("ends a call that takes longer than its timeoutMs with a TimeoutError", async () => {
    const { client } = slowClient();
    const call = client.balance(undefined, { timeoutMs: 1_000 }).catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(1_000);
    const error = await call;
    expect(error).toBeInstanceOf(TimeoutError);
    expect((error as TimeoutError).message).toMatch(/balance did not finish within 1000 ms/);
  });

  it("rejects with the signal's reason when the caller aborts", async () => {
    const { client } = slowClient();
    const controller = new AbortController();
    const reason = new Error("user pressed stop");
    const call = client.services({}, { signal: controller.signal }).catch((e: unknown) => e);
    controller.abort(reason);
    expect(await call).toBe(reason);
  });

  it("leaves a call that finishes in time alone", async () => {
    const { client } = slowClient();
    const call = client.balance(undefined, { timeoutMs: 10_000 });
    await vi.advanceTimersByTimeAsync(5_000);
    expect((await call).currency).toBe("USD");
  });

  it("takes the options on every method, and refuses a misspelled one before any request", async () => {
    const provider = sandbox({ seed: 3, now: () => Date.now(), balance: 10_000 });
    const client = createClient({ provider });
    const order = await client.buy({ service: "whatsapp" }, { timeoutMs: 1_000 });
    const rental = await client.rent({ days: 7 }, { timeoutMs: 1_000 });
    const opts = { timeoutMs: 1_000 };
    await client.poll(order, opts);
    await client.getRental(rental, opts);
    await client.inbox(rental, opts);
    await client.renew(rental, {}, opts);
    await client.services({}, opts);
    await client.cancel(order, opts);
    await client.cancelRental(rental, opts);
    const before = provider.ledger().length;
    await expect(client.balance(undefined, { timeOutMs: 5 } as never)).rejects.toThrow(ValidationError);
    await expect(client.balance(undefined, { timeOutMs: 5 } as never)).rejects.toThrow(/timeOutMs/);
    await expect(client.buy({ service: "whatsapp" }, { timeoutMs: -1 })).rejects.toThrow(/timeoutMs/);
    expect(provider.ledger()).toHaveLength(before);
  });
});
