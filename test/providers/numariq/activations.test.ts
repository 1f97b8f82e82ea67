/** Activations against the stateful fake: the buy -> code -> done flow, cancel refunds, and the quirks. */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { OutOfStockError, UnsupportedError, ValidationError } from "../../../src/core/errors.js";
import type { Order } from "../../../src/core/model.js";
import { OPERATION_CAPABILITY } from "../../../src/core/provider.js";
import { count, lastBody, useNumariqFake } from "./harness.js";

const h = useNumariqFake();
const usd = (amount: number) => ({ amount, currency: "USD" as const });
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));

describe("numariq activations", () => {
  it("buys, sees the code arrive, and marks the order done", async () => {
    const order = await h.client.buy({ service: "whatsapp", country: "US" });
    expect(order).toMatchObject({
      provider: "numariq",
      service: "whatsapp",
      country: "US",
      status: "waiting",
      code: null,
      messages: [],
      price: usd(20),
      createdAt: null,
    });
    expect(order.number).toMatch(/^\+1212555\d{4}$/);
    const window = Date.parse(order.expiresAt!) - Date.now();
    expect(window).toBeGreaterThan(14 * 60_000);
    expect(window).toBeLessThanOrEqual(15 * 60_000);
    expect(h.fake.wallet.balance).toBe(10_000 - 20);

    h.fake.deliver(order.id, "Your WhatsApp code is 558-213");
    const polled = await h.client.poll(order);
    expect(polled.status).toBe("received");
    expect(polled.code).toBe("558213");
    expect(polled.messages).toEqual([
      expect.objectContaining({ from: "WhatsApp", text: "Your WhatsApp code is 558-213", code: "558213" }),
    ]);

    const done = await h.client.done(polled);
    expect(done).toMatchObject({ id: order.id, status: "done", code: "558213" });
    expect(h.fake.order(order.id)?.status).toBe("done");
    expect(h.fake.wallet.ledger).toEqual([{ kind: "charge", amount: 20, ref: order.id }]);
  });

  it("waits for the code by polling", async () => {
    const order = await h.client.buy({ service: "google" });
    setTimeout(() => h.fake.deliver(order.id, "G-482913 is your Google verification code.", "Google"), 30);
    const result = await h.client.waitForCode(order, { intervalMs: 10, timeoutMs: 5_000 });
    expect(result.code).toBe("482913");
    expect(result.order.status).toBe("received");
  });

  it("gives the newest code when several arrive", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.deliver(order.id, "Your code is 111-111");
    h.fake.deliver(order.id, "Your code is 222-222");
    const polled = await h.client.poll(order);
    expect(polled.code).toBe("222222");
    expect(polled.messages.map((m) => m.code)).toEqual(["222222", "111111"]);
  });

  it("cancel before a code refunds the order price", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    const result = await h.client.cancel(order);
    expect(result.refunded).toEqual(usd(20));
    expect(result.order).toMatchObject({ id: order.id, status: "cancelled" });
    expect(h.fake.wallet.balance).toBe(10_000);
    expect(h.fake.wallet.ledger.map((e) => e.kind)).toEqual(["charge", "refund"]);
  });

  it("cancel after a code closes the order with nothing refunded", async () => {
    const order = await h.client.poll(await h.client.buy({ service: "whatsapp" }));
    h.fake.deliver(order.id, "Your code is 558-213");
    const result = await h.client.cancel(order);
    expect(result.refunded).toBeNull();
    expect(result.order.status).toBe("cancelled");
    expect(h.fake.wallet.balance).toBe(10_000 - 20);
  });

  it("polls first to learn the price when the order given to cancel has none", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    const priceless: Order = { ...roundTrip(order), price: null };
    const result = await h.client.cancel(priceless);
    expect(result.refunded).toEqual(usd(20));
    expect(result.order.price).toEqual(usd(20));
    expect(count(h, "GET", /\/orders\//)).toBe(1);
  });

  it("accepts a JSON round trip of the order for poll, done and cancel", async () => {
    const order = roundTrip(await h.client.buy({ service: "whatsapp" }));
    h.fake.deliver(order.id, "Your code is 558213");
    const polled = await h.client.poll(order);
    expect(polled.code).toBe("558213");
    const second = roundTrip(await h.client.buy({ service: "google" }));
    expect((await h.client.cancel(second)).refunded).toEqual(usd(10));
    expect((await h.client.done(roundTrip(polled))).status).toBe("done");
  });

  it("buys a voice number in a chosen area code", async () => {
    const order = await h.client.buy({ service: "google", channel: "voice", areaCode: "332" });
    expect(await lastBody(h, "POST", /\/numbers$/)).toEqual({
      country: "US",
      type: "activation",
      service: "google",
      channel: "voice",
      area_code: "332",
    });
    expect(order.number).toMatch(/^\+1332555\d{4}$/);
    expect(order.price).toEqual(usd(15));
  });

  it("lists the voice price list through the provider's channel option", async () => {
    const offers = await h.provider.services({ country: "US", channel: "voice" });
    expect(h.sent.at(-1)?.path).toBe("/api/v1/services?country=US&channel=voice");
    expect(offers.find((o) => o.service === "google")?.price).toEqual(usd(15));
  });

  it("enforces maxPrice from the price list, buying nothing above it", async () => {
    await expect(h.client.buy({ service: "whatsapp", maxPrice: usd(10) })).rejects.toBeInstanceOf(
      OutOfStockError,
    );
    expect(count(h, "POST", /\/numbers$/)).toBe(0);
    const order = await h.client.buy({ service: "whatsapp", maxPrice: usd(20) });
    expect(order.price).toEqual(usd(20));
  });

  it("keeps a status it does not know and reads it as waiting", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.setStatus(order.id, "on_hold");
    const polled = await h.client.poll(order);
    expect(polled.status).toBe("waiting");
    expect(polled.providerStatus).toBe("on_hold");
  });

  it("shows an expired activation, refunded by the provider", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.expire(order.id);
    const polled = await h.client.poll(order);
    expect(polled.status).toBe("expired");
    expect(h.fake.wallet.balance).toBe(10_000);
  });

  it("refuses other countries before any request", async () => {
    await expect(h.client.buy({ service: "whatsapp", country: "GB" })).rejects.toBeInstanceOf(
      ValidationError,
    );
    await expect(
      h.provider.buy({
        service: "whatsapp",
        country: "GB",
        channel: "sms",
        areaCode: null,
        idempotencyKey: null,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    expect(h.sent).toEqual([]);
  });

  it("refuses an idempotency key before any request: Numariq does not de-duplicate, so it could not make a retry safe", async () => {
    const error = await h.client.buy({ service: "whatsapp", idempotencyKey: "k-1" }).catch((e) => e);
    expect(error).toBeInstanceOf(UnsupportedError);
    expect(error.message).toContain("idempotencyKey");
    expect(h.sent).toEqual([]);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("handed a key anyway (adapter called directly), never retries the purchase and does not send the key", async () => {
    h.fake.faults.add({ method: "POST", path: /\/numbers$/ }, { kind: "status", status: 500 });
    const buying = h.provider.buy({
      service: "whatsapp",
      country: null,
      channel: "sms",
      areaCode: null,
      idempotencyKey: "k-1",
    });
    await expect(buying).rejects.toMatchObject({ code: "outcome_unknown" });
    expect(count(h, "POST", /\/numbers$/)).toBe(1);
    expect(h.sent[0]?.headers.get("idempotency-key")).toBeNull();
  });
});

describe("numariq provider object", () => {
  it("declares exactly the operations it has", () => {
    for (const [op, capability] of Object.entries(OPERATION_CAPABILITY)) {
      const has = typeof (h.provider as unknown as Record<string, unknown>)[op] === "function";
      expect([op, has]).toEqual([op, h.provider.capabilities[capability]]);
    }
    expect(h.provider.capabilities).toMatchObject({
      voice: true,
      areaCode: true,
      balance: false,
      idempotency: false,
      countries: ["US"],
      rentalDays: [7, 30, 90],
      pollIntervalMs: 3000,
    });
  });

  it("has no balance and no rental cancel: UnsupportedError before any request", async () => {
    await expect(h.client.balance()).rejects.toBeInstanceOf(UnsupportedError);
    const rental = await h.client.rent({ days: 7 });
    const before = h.sent.length;
    await expect(h.client.cancelRental(rental)).rejects.toBeInstanceOf(UnsupportedError);
    expect(h.sent.length).toBe(before);
  });

  it("never shows its key", () => {
    const shown = `${JSON.stringify(h.provider)} ${inspect(h.provider, { depth: 10 })}`;
    expect(shown).not.toContain(h.fake.apiKey);
  });
});
