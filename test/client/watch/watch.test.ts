/**
 * `client.watch` on the sandbox under fake timers: the scheduler's timers and the sandbox's clock both
 * read the faked time, so every look lands at a known moment.
 */
import { describe, expect, it, vi } from "vitest";
import {
  createClient,
  type Message,
  NotFoundError,
  type Order,
  type Provider,
  type SandboxOptions,
  sandbox,
  TimeoutError,
  type WatchEndReason,
} from "../../../src/index.js";
import { START, useExactClock } from "../helpers.js";

function setup(options: SandboxOptions = {}) {
  const provider = sandbox({ seed: 5, now: () => Date.now(), smsDelayMs: 60_000, ...options });
  return { provider, client: createClient({ provider }) };
}

/** Everything a watcher emits, in order. */
function record(watcher: ReturnType<ReturnType<typeof setup>["client"]["watch"]>) {
  const events: Array<[string, ...unknown[]]> = [];
  for (const name of ["message", "code", "status", "expired", "error", "retry", "end"] as const) {
    watcher.on(name, (...args: unknown[]) => events.push([name, ...args]));
  }
  const named = (name: string) => events.filter(([n]) => n === name);
  return { events, named };
}

useExactClock();

describe("watch(order)", () => {
  it("emits the message, its code and the status change once, and ends when the order is done", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const w = client.watch(order, { intervalMs: 1_000 });
    const { events, named } = record(w);
    await vi.advanceTimersByTimeAsync(2_500);
    expect(events).toEqual([]);

    provider.deliver(order, "Your WhatsApp code is 482-913");
    await vi.advanceTimersByTimeAsync(5_000);
    expect(named("message")).toHaveLength(1);
    expect(named("code")).toEqual([["code", "482913", expect.objectContaining({ code: "482913" })]]);
    expect(named("status")).toEqual([["status", "received", expect.objectContaining({ id: order.id })]]);
    expect(w.active).toBe(true);

    await client.done(order);
    // After its code an activation is looked at six times less often: the next look is 6 s on.
    await vi.advanceTimersByTimeAsync(6_000);
    expect(named("status").map(([, s]) => s)).toEqual(["received", "done"]);
    expect(named("end")).toEqual([["end", "ended", undefined]]);
    expect(w.active).toBe(false);
  });

  it("emits a second message but not its repeated code, and nothing twice over many looks", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const w = client.watch(order, { intervalMs: 500 });
    const { named } = record(w);
    provider.deliver(order, "Your WhatsApp code is 482-913");
    await vi.advanceTimersByTimeAsync(3_000);
    provider.deliver(order, "Reminder: your WhatsApp code is 482-913");
    await vi.advanceTimersByTimeAsync(3_000);
    expect(named("message")).toHaveLength(2);
    expect(named("code")).toHaveLength(1);
    w.stop();
  });

  it("looks at an activation six times less often once its code is in", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const w = client.watch(order, { intervalMs: 1_000 });
    const looks: number[] = [];
    w.on("poll", () => looks.push(Date.now() - START));
    await vi.advanceTimersByTimeAsync(2_500);
    provider.deliver(order, "Your WhatsApp code is 482-913");
    await vi.advanceTimersByTimeAsync(13_000);
    w.stop();
    expect(looks).toEqual([0, 1_000, 2_000, 3_000, 9_000, 15_000]);
  });

  it("never looks faster after the code than the caller's own interval", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    provider.deliver(order, "Your WhatsApp code is 482-913");
    const w = client.watch(order, { intervalMs: 120_000 });
    const looks: number[] = [];
    w.on("poll", () => looks.push(Date.now() - START));
    await vi.advanceTimersByTimeAsync(250_000);
    w.stop();
    expect(looks).toEqual([0, 120_000, 240_000]);
  });

  it("emits expired and ends when the order expires without a code", async () => {
    const { client } = setup({ activationTtlMs: 3_000 });
    const order = await client.buy({ service: "whatsapp" });
    const w = client.watch(order, { intervalMs: 1_000 });
    const { named } = record(w);
    await vi.advanceTimersByTimeAsync(4_000);
    expect(named("expired")).toHaveLength(1);
    expect(named("status").map(([, s]) => s)).toEqual(["expired"]);
    expect(named("end")).toEqual([["end", "ended", undefined]]);
  });

  it("retries transient failures without emitting them as errors, backing off, then gets the code", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    provider.setScenario("provider_error");
    const w = client.watch(order, { intervalMs: 1_000 });
    const { named } = record(w);
    await vi.advanceTimersByTimeAsync(7_000);
    // Looks at 0, 2 s and 6 s: each failure doubles the wait.
    expect(named("retry").map(([, , wait]) => wait)).toEqual([2_000, 4_000, 8_000]);
    expect(named("error")).toEqual([]);
    provider.setScenario("normal");
    provider.deliver(order, "Your WhatsApp code is 111-222");
    await vi.advanceTimersByTimeAsync(8_000);
    expect(named("code").map(([, c]) => c)).toEqual(["111222"]);
    expect(named("error")).toEqual([]);
    w.stop();
  });

  it("emits a permanent failure once and ends; iteration rejects with it", async () => {
    const { client } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const ghost: Order = { ...order, id: "act_missing" };
    const w = client.watch(ghost, { intervalMs: 1_000 });
    const { named } = record(w);
    const iterated = (async () => {
      for await (const _m of w) {
        // nothing arrives
      }
    })().catch((e: unknown) => e);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(named("error")).toHaveLength(1);
    expect(named("error")[0]![1]).toBeInstanceOf(NotFoundError);
    expect(named("end").map(([, r]) => r)).toEqual(["failed"]);
    expect(await iterated).toBeInstanceOf(NotFoundError);
  });

  it("keeps polling when a listener throws, and reports that listener's failure once", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const w = client.watch(order, { intervalMs: 500 });
    const errors: unknown[] = [];
    const codes: string[] = [];
    const boom = new Error("my handler broke");
    w.on("message", () => {
      throw boom;
    });
    w.on("code", (code) => codes.push(code));
    w.on("error", (e) => errors.push(e));
    provider.deliver(order, "Your WhatsApp code is 482-913");
    await vi.advanceTimersByTimeAsync(1_000);
    provider.deliver(order, "Your new WhatsApp code is 555-666");
    await vi.advanceTimersByTimeAsync(3_000);
    // The throwing listener ran twice; the other listeners and the polling went on.
    expect(codes).toEqual(["482913", "555666"]);
    expect(errors).toEqual([boom]);
    expect(w.active).toBe(true);
    w.stop();
  });

  it("warns (once) instead of failing when a listener throws and nobody listens for errors", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const warn = vi.spyOn(process, "emitWarning").mockImplementation(() => {});
    const w = client.watch(order, { intervalMs: 500 });
    w.on("code", () => {
      throw new Error("oops");
    });
    provider.deliver(order, "Your WhatsApp code is 482-913");
    await vi.advanceTimersByTimeAsync(1_000);
    provider.deliver(order, "Your WhatsApp code is 777-888");
    await vi.advanceTimersByTimeAsync(1_000);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toContain('"code" listener threw (oops)');
    w.stop();
  });

  it("ends on abort, leaves the order open and looks no more", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const controller = new AbortController();
    const w = client.watch(order, { intervalMs: 1_000, signal: controller.signal });
    const { named } = record(w);
    const polls: number[] = [];
    w.on("poll", () => polls.push(Date.now() - START));
    await vi.advanceTimersByTimeAsync(1_500);
    controller.abort();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(polls).toEqual([0, 1_000]);
    expect(named("end").map(([, r]) => r)).toEqual(["aborted"]);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });

  it("on timeout cancels the order for its refund and ends with a TimeoutError", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const w = client.watch(order, { intervalMs: 1_000, timeoutMs: 4_000 });
    const { named } = record(w);
    await vi.advanceTimersByTimeAsync(4_000);
    const [[, error]] = named("error") as [[string, TimeoutError]];
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error).toMatchObject({ cancelled: true, refunded: order.price });
    expect(error.order?.status).toBe("cancelled");
    expect(named("end").map(([, r]) => r)).toEqual(["timeout"]);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("keeps the order open on timeout with cancelOnTimeout: false", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const w = client.watch(order, { intervalMs: 1_000, timeoutMs: 2_000, cancelOnTimeout: false });
    const { named } = record(w);
    await vi.advanceTimersByTimeAsync(2_000);
    expect(named("error")[0]![1]).toMatchObject({ code: "timeout", cancelled: false, refunded: null });
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });

  it("iterates the messages and finishes when the order ends", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const texts: Array<string | null> = [];
    const done = (async () => {
      for await (const m of client.watch(order, { intervalMs: 500 })) {
        texts.push(m.text);
        if (texts.length === 2) await client.done(order);
      }
    })();
    provider.deliver(order, "Your WhatsApp code is 111-111");
    await vi.advanceTimersByTimeAsync(1_000);
    provider.deliver(order, "Your WhatsApp code is 222-222");
    await vi.advanceTimersByTimeAsync(7_000);
    await done;
    expect(texts).toEqual(["Your WhatsApp code is 111-111", "Your WhatsApp code is 222-222"]);
  });

  it("stops when the loop breaks out of the iteration", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const w = client.watch(order, { intervalMs: 500 });
    provider.deliver(order, "Your WhatsApp code is 111-111");
    const reasons: WatchEndReason[] = [];
    w.on("end", (reason) => reasons.push(reason));
    const run = (async () => {
      for await (const _m of w) break;
    })();
    await vi.advanceTimersByTimeAsync(1_000);
    await run;
    expect(reasons).toEqual(["stopped"]);
    expect(w.active).toBe(false);
  });

  it("lets two waiting next() calls both finish when the watcher stops", async () => {
    const { client } = setup();
    const order = await client.buy({ service: "whatsapp" });
    const w = client.watch(order, { intervalMs: 500 });
    const it = w[Symbol.asyncIterator]();
    const first = it.next();
    const second = it.next();
    await vi.advanceTimersByTimeAsync(1_000);
    w.stop();
    expect(await first).toEqual({ value: undefined, done: true });
    expect(await second).toEqual({ value: undefined, done: true });
  });

  it("replays to a loop the messages that came before it began", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "whatsapp" });
    provider.deliver(order, "Your WhatsApp code is 111-111");
    const w = client.watch(order, { intervalMs: 500 });
    await vi.advanceTimersByTimeAsync(600);
    for await (const m of w) {
      expect(m.code).toBe("111111");
      break;
    }
  });

  it("refuses bad options before any look, naming the field", async () => {
    const { client } = setup();
    const order = await client.buy({ service: "whatsapp" });
    // A timer longer than setTimeout's ceiling would fire at once and cancel the order.
    expect(() => client.watch(order, { timeoutMs: 30 * 86_400_000 })).toThrow(/timeoutMs/);
    await expect(client.waitForCode(order, { timeoutMs: 2 ** 31 })).rejects.toThrow(/timeoutMs/);
    expect(() => client.watch(order, { intervalMs: 1 })).toThrow(/intervalMs/);
    expect(() => client.watch(order, { timeOutMs: 5 } as never)).toThrow(/timeOutMs/);
    expect(() => client.watch({ ...order, provider: "numpool" })).toThrow(/belongs to numpool/);
  });
});

describe("watch(rental)", () => {
  it("emits each new inbox message once and ends when the rental is cancelled", async () => {
    const { client, provider } = setup();
    const rental = await client.rent({ days: 7 });
    const w = client.watch(rental, { intervalMs: 1_000 });
    const { named } = record(w);
    provider.deliver(rental, "Your Telegram code is 12345");
    await vi.advanceTimersByTimeAsync(2_500);
    provider.deliver(rental, "Your Discord code is 67890");
    await vi.advanceTimersByTimeAsync(2_000);
    expect((named("message") as Array<[string, Message]>).map(([, m]) => m.code)).toEqual(["12345", "67890"]);
    expect(named("code").map(([, c]) => c)).toEqual(["12345", "67890"]);
    await client.cancelRental(rental);
    await vi.advanceTimersByTimeAsync(1_000);
    expect(named("status").map(([, s]) => s)).toEqual(["cancelled"]);
    expect(named("end").map(([, r]) => r)).toEqual(["ended"]);
  });

  it("never cancels a rental on timeout", async () => {
    const { client, provider } = setup();
    const rental = await client.rent({ days: 7 });
    const w = client.watch(rental, { intervalMs: 1_000, timeoutMs: 3_000 });
    const { named } = record(w);
    await vi.advanceTimersByTimeAsync(3_000);
    expect(named("error")[0]![1]).toBeInstanceOf(TimeoutError);
    expect((await client.getRental(rental)).status).toBe("active");
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });
});

describe("withOrder", () => {
  it("cancels the order for its refund when the callback throws, and rethrows", async () => {
    const { client, provider } = setup();
    const boom = new Error("sign-up form changed");
    const error = await client
      .withOrder({ service: "whatsapp" }, async () => {
        throw boom;
      })
      .catch((e: unknown) => e);
    expect(error).toBe(boom);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("throws both failures when the callback throws and the cancel fails too", async () => {
    const { client, provider } = setup();
    const boom = new Error("sign-up form changed");
    const failing = client
      .withOrder({ service: "whatsapp" }, async () => {
        provider.setScenario("provider_error");
        throw boom;
      })
      .catch((e: unknown) => e);
    // The cancel meets 5xx after 5xx for its whole grace period (30 s).
    await vi.advanceTimersByTimeAsync(31_000);
    const error = await failing;
    expect(error).toBeInstanceOf(AggregateError);
    const [first, second] = (error as AggregateError).errors;
    expect(first).toBe(boom);
    expect(second).toMatchObject({ code: "provider_error" });
    expect((error as Error).message).toMatch(/may still be open/);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });

  it("cancels an order the callback left without a code", async () => {
    const { client, provider } = setup();
    const number = await client.withOrder({ service: "whatsapp" }, (order) => order.number);
    expect(number).toMatch(/^\+\d+$/);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("leaves an order that got its code", async () => {
    const { client, provider } = setup({ smsDelayMs: 1_000 });
    const result = client.withOrder({ service: "whatsapp" }, (order) =>
      client.waitForCode(order, { intervalMs: 500 }),
    );
    await vi.advanceTimersByTimeAsync(2_000);
    expect((await result).code).toMatch(/^\d{6}$/);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });
});

describe("watch timeout while a look is in flight", () => {
  it("takes that look's answer but starts no look once the timeout began", async () => {
    const { client: real } = setup();
    const order = await real.buy({ service: "whatsapp" });
    const slow = <T>(value: T) => new Promise<T>((resolve) => setTimeout(() => resolve(value), 800));
    const looksStarted: number[] = [];
    let cancelled = false;
    const provider: Provider = {
      name: "sandbox",
      capabilities: sandbox().capabilities,
      poll: (o: Order) => {
        looksStarted.push(Date.now() - START);
        return slow(cancelled ? { ...o, status: "cancelled" as const } : o);
      },
      cancel: (o: Order) => {
        cancelled = true;
        return slow({ order: { ...o, status: "cancelled" as const }, refunded: o.price });
      },
    };
    const w = createClient({ provider }).watch(order, { intervalMs: 1_000, timeoutMs: 2_300 });
    let endedAt = -1;
    let timeout: TimeoutError | undefined;
    w.on("error", (error) => {
      timeout = error as TimeoutError;
    });
    w.on("end", () => {
      endedAt = Date.now() - START;
    });
    await vi.advanceTimersByTimeAsync(20_000);
    // Looks at 0 and 1 800 (in flight at the timeout), the last look before the cancel, and the one
    // that confirms the cancel; no polling after the timeout began.
    expect(looksStarted).toEqual([0, 1_800, 2_300, 2_300 + 800 + 800]);
    expect(endedAt).toBe(2_300 + 800 + 800 + 800);
    expect(timeout?.cancelled).toBe(true);
  });
});
