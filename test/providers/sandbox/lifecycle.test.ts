import { describe, expect, it } from "vitest";
import { NotFoundError, OrderStateError, TimeoutError, ValidationError } from "../../../src/core/errors.js";
import { MINUTE, START, setup } from "./setup.js";

const iso = (ms: number) => new Date(ms).toISOString();

describe("sandbox: activation lifecycle", () => {
  it("expires an order with no code after 15 minutes and refunds it, without being polled", async () => {
    const { client, clock, provider } = setup({ smsDelayMs: 20 * MINUTE });
    const order = await client.buy({ service: "google" });
    clock.advance(15 * MINUTE - 1);
    expect((await client.poll(order)).status).toBe("waiting");
    clock.advance(10 * MINUTE);
    expect(await client.balance()).toEqual({ amount: 1000, currency: "USD" });
    expect(provider.ledger()).toEqual([
      { kind: "charge", amount: 35, ref: order.id, at: iso(START) },
      { kind: "refund", amount: 35, ref: order.id, at: iso(START + 15 * MINUTE) },
    ]);
    const expired = await client.poll(order);
    expect(expired).toMatchObject({ status: "expired", code: null, messages: [] });
    await expect(client.cancel(expired)).rejects.toThrow(OrderStateError);
    expect(provider.ledger()).toHaveLength(2);
  });

  it("closes an order whose code came as done at expiry, keeping the charge", async () => {
    const { client, clock } = setup();
    const order = await client.buy({ service: "google" });
    clock.advance(3000);
    expect((await client.poll(order)).status).toBe("received");
    clock.advance(20 * MINUTE);
    expect((await client.poll(order)).status).toBe("done");
    expect((await client.balance()).amount).toBe(965);
  });

  it("refunds a cancel before the code, and refuses one after it", async () => {
    const { client, clock, provider } = setup();
    const first = await client.buy({ service: "whatsapp" });
    const { order, refunded } = await client.cancel(first);
    expect(order.status).toBe("cancelled");
    expect(refunded).toEqual({ amount: 60, currency: "USD" });
    expect((await client.balance()).amount).toBe(1000);
    await expect(client.cancel(first)).rejects.toThrow(OrderStateError);

    const second = await client.buy({ service: "whatsapp" });
    clock.advance(3000);
    const error = await client.cancel(second).catch((e) => e);
    expect(error).toBeInstanceOf(OrderStateError);
    expect(error.message).toMatch(/code/);
    expect((await client.poll(second)).status).toBe("received");
    expect((await client.balance()).amount).toBe(940);
    expect(provider.ledger().filter((e) => e.kind === "refund")).toHaveLength(1);
  });

  it("marks done only an order that has its code, and only once", async () => {
    const { client, clock } = setup();
    const order = await client.buy({ service: "telegram" });
    await expect(client.done(order)).rejects.toThrow(OrderStateError);
    clock.advance(3000);
    await client.done(order);
    await expect(client.done(order)).rejects.toThrow(OrderStateError);
    await expect(client.cancel(order)).rejects.toThrow(OrderStateError);
  });

  it("answers NotFoundError for ids it never issued", async () => {
    const { client } = setup();
    const order = await client.buy({ service: "telegram" });
    await expect(client.poll({ ...order, id: "act_unknown" })).rejects.toThrow(NotFoundError);
    await expect(client.cancel({ ...order, id: "act_unknown" })).rejects.toThrow(NotFoundError);
    const other = setup();
    await expect(other.client.poll(order)).rejects.toThrow(NotFoundError);
  });

  it("cancels for a refund when waitForCode times out", async () => {
    const { client, provider } = setup({ smsDelayMs: 10 * MINUTE });
    const order = await client.buy({ service: "whatsapp" });
    const error = await client.waitForCode(order, { timeoutMs: 60, intervalMs: 10 }).catch((e) => e);
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.refunded).toEqual({ amount: 60, currency: "USD" });
    expect(error.order.status).toBe("cancelled");
    expect((await client.balance()).amount).toBe(1000);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("de-duplicates purchases by idempotencyKey", async () => {
    const { client, provider } = setup();
    const a = await client.buy({ service: "whatsapp", idempotencyKey: "signup-42" });
    const b = await client.buy({ service: "whatsapp", idempotencyKey: "signup-42" });
    expect(b.id).toBe(a.id);
    expect(b.number).toBe(a.number);
    expect(provider.ledger()).toHaveLength(1);
    await expect(client.buy({ service: "telegram", idempotencyKey: "signup-42" })).rejects.toThrow(
      ValidationError,
    );
    const c = await client.buy({ service: "whatsapp", idempotencyKey: "signup-43" });
    expect(c.id).not.toBe(a.id);
    expect((await client.balance()).amount).toBe(880);
  });
});

describe("sandbox: deliver()", () => {
  it("injects an SMS by order id, number or object, with the code extracted", async () => {
    const { client, clock, provider } = setup({ smsDelayMs: 10 * MINUTE });
    const order = await client.buy({ service: "facebook" });
    const byId = provider.deliver(order.id, "Hello there");
    expect(byId).toMatchObject({ text: "Hello there", code: null, from: "Facebook", receivedAt: iso(START) });
    expect((await client.poll(order)).status).toBe("waiting");

    clock.advance(1000);
    provider.deliver(order.number, "Your code is 4821", "+15550001111");
    clock.advance(1000);
    provider.deliver(order, "87654321 is your Facebook confirmation code");
    const polled = await client.poll(order);
    expect(polled.status).toBe("received");
    expect(polled.code).toBe("87654321");
    expect(polled.messages.map((m) => m.text)).toEqual([
      "87654321 is your Facebook confirmation code",
      "Your code is 4821",
      "Hello there",
    ]);
    expect(polled.messages[1]!.from).toBe("+15550001111");
  });

  it("refuses a finished order, an unknown target and an empty text", async () => {
    const { client, provider } = setup();
    const order = await client.buy({ service: "facebook" });
    await client.cancel(order);
    expect(() => provider.deliver(order, "123456")).toThrow(OrderStateError);
    expect(() => provider.deliver("+19995550000", "123456")).toThrow(NotFoundError);
    expect(() => provider.deliver(order, "")).toThrow(ValidationError);
  });
});
