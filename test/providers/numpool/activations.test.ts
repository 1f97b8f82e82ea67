/** Verifications against the stateful fake: buy -> code, cancel refunds, countries, and the quirks. */
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import { OrderStateError, UnsupportedError, ValidationError } from "../../../src/core/errors.js";
import { OPERATION_CAPABILITY } from "../../../src/core/provider.js";
import { numpool } from "../../../src/providers/numpool/index.js";
import { count, lastBody, roundTrip, usd, useNumpoolFake } from "./harness.js";

const h = useNumpoolFake();

describe("numpool activations", () => {
  it("buys, sees the code arrive, and reads it as the user types it", async () => {
    const order = await h.client.buy({ service: "whatsapp", country: "US" });
    expect(order).toMatchObject({
      provider: "numpool",
      service: "whatsapp",
      country: "US",
      status: "waiting",
      code: null,
      messages: [],
      price: usd(43),
      expiresAt: null,
    });
    expect(order.number).toMatch(/^\+1212555\d{4}$/);
    expect(Date.parse(order.createdAt!)).toBeGreaterThan(Date.now() - 5_000);
    expect(h.fake.wallet.ledger).toEqual([{ kind: "charge", amount: 43, ref: order.id }]);

    expect((await h.client.poll(order)).status).toBe("waiting");

    h.fake.deliver(order.id, "Your WhatsApp code is 558-213");
    const polled = await h.client.poll(order);
    expect(polled).toMatchObject({ id: order.id, status: "received", code: "558213", price: usd(43) });
    expect(polled.messages).toEqual([
      { id: null, from: null, text: "Your WhatsApp code is 558-213", code: "558213", receivedAt: null },
    ]);
  });

  it("waits for the code by polling", async () => {
    const order = await h.client.buy({ service: "telegram", country: "GB" });
    setTimeout(() => h.fake.deliver(order.id, "Telegram code: 48213"), 30);
    const result = await h.client.waitForCode(order, { intervalMs: 10, timeoutMs: 5_000 });
    expect(result.code).toBe("48213");
    expect(result.order.status).toBe("received");
  });

  it("keeps an earlier SMS when NumPool replaces it with a newer one", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.deliver(order.id, "Your code is 111111");
    const first = await h.client.poll(order);
    h.fake.deliver(order.id, "Your code is 222222");
    const second = await h.client.poll(first);
    expect(second.code).toBe("222222");
    expect(second.messages.map((m) => m.code)).toEqual(["222222", "111111"]);
    // Polling again changes nothing.
    expect((await h.client.poll(second)).messages).toHaveLength(2);
  });

  it("polls and cancels an order revived from JSON", async () => {
    const order = await h.client.buy({ service: "whatsapp", country: "US" });
    const { order: cancelled, refunded } = await h.client.cancel(roundTrip(order));
    expect(cancelled).toMatchObject({ id: order.id, status: "cancelled" });
    expect(refunded).toEqual(usd(43));
    expect(h.fake.wallet.balance).toBe(10_000);
    expect(h.fake.wallet.ledger.map((e) => e.kind)).toEqual(["charge", "refund"]);
    expect((await h.client.poll(roundTrip(cancelled))).status).toBe("cancelled");
  });

  it("refuses to cancel once the code is in: OrderStateError, no refund", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.deliver(order.id, "Your code is 4821");
    const error = await h.client.cancel(order).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OrderStateError);
    expect((error as OrderStateError).status).toBe(400);
    expect(h.fake.wallet.balance).toBe(10_000 - 43);
    expect(h.fake.wallet.ledger.filter((e) => e.kind === "refund")).toEqual([]);
  });

  it("refuses a second cancel", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    await h.client.cancel(order);
    await expect(h.client.cancel(order)).rejects.toBeInstanceOf(OrderStateError);
    expect(h.fake.wallet.balance).toBe(10_000);
  });

  it("has no done: UnsupportedError before any request", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    const before = h.sent.length;
    await expect(h.client.done(order)).rejects.toBeInstanceOf(UnsupportedError);
    expect(h.sent.length).toBe(before);
  });

  it("refuses an idempotencyKey before any request: NumPool cannot de-duplicate, so a retry would charge again", async () => {
    for (const call of [
      () => h.client.buy({ service: "whatsapp", idempotencyKey: "signup-42" }),
      () => h.client.rent({ service: "discord", days: 7, idempotencyKey: "rent-42" }),
    ]) {
      const error = await call().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UnsupportedError);
      expect((error as Error).message).toContain("idempotencyKey");
    }
    expect(h.sent).toEqual([]);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("keeps an undocumented status word and reads it as still waiting", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.setStatus(order.id, "expired");
    const polled = await h.client.poll(order);
    expect(polled.status).toBe("waiting");
    expect(polled.providerStatus).toBe("expired");
    h.fake.setStatus(order.id, "cancelled");
    const later = await h.client.poll(polled);
    expect(later.status).toBe("cancelled");
    expect(later).not.toHaveProperty("providerStatus");
  });
});

describe("numpool countries and operators", () => {
  it("buys in the US when no country is given (NumPool requires one)", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    expect(order.country).toBe("US");
    expect(await lastBody(h, "POST", /\/buy$/)).toEqual({ service: "wa", country: 187 });
  });

  it("maps ISO countries to NumPool's published ids without a lookup (UK is GB is 28)", async () => {
    const order = await h.client.buy({ service: "google", country: "UK" });
    expect(order.country).toBe("GB");
    expect(order.number).toMatch(/^\+447700900\d{3}$/);
    expect(await lastBody(h, "POST", /\/buy$/)).toEqual({ service: "go", country: 28 });
    expect(count(h, "GET", /\/countries/)).toBe(0);
  });

  it("looks a country outside NumPool's table up in GET /countries once", async () => {
    const nl = await h.client.buy({ service: "whatsapp", country: "NL" });
    const ru = await h.client.buy({ service: "whatsapp", country: "RU" });
    expect([nl.country, ru.country]).toEqual(["NL", "RU"]);
    expect(nl.number).toMatch(/^\+31612345\d{3}$/);
    expect(await lastBody(h, "POST", /\/buy$/)).toEqual({ service: "wa", country: 0 });
    expect(count(h, "GET", /\/countries$/)).toBe(1);
  });

  it("refuses a country NumPool does not list, before buying", async () => {
    const error = await h.client.buy({ service: "whatsapp", country: "JP" }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect((error as ValidationError).field).toBe("country");
    expect(count(h, "POST", /\/buy$/)).toBe(0);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("passes an unknown service through as NumPool's own code", async () => {
    await h.client.buy({ service: "ok" });
    expect(await lastBody(h, "POST", /\/buy$/)).toEqual({ service: "ok", country: 187 });
  });

  it("sends the factory's operator, and a per-call one instead", async () => {
    const provider = h.fake.provider({ operator: "verizon" });
    await provider.buy({
      service: "whatsapp",
      country: "US",
      channel: "sms",
      areaCode: null,
      idempotencyKey: null,
    });
    expect(await lastBody(h, "POST", /\/buy$/)).toEqual({ service: "wa", country: 187, operator: "verizon" });
    const order = await provider.buy({
      service: "whatsapp",
      country: "US",
      channel: "sms",
      areaCode: null,
      idempotencyKey: null,
      operator: "tmobile",
    });
    expect(h.fake.orders.get(order.id)?.operator).toBe("tmobile");
  });

  it("refuses an empty operator", () => {
    expect(() => h.fake.provider({ operator: " " })).toThrow(ValidationError);
  });
});

describe("numpool provider object", () => {
  it("declares what it implements", () => {
    const caps = h.provider.capabilities;
    expect(caps).toMatchObject({
      activations: true,
      done: false,
      rentals: true,
      renew: false,
      cancelRental: false,
      balance: true,
      services: true,
      voice: false,
      areaCode: false,
      idempotency: false,
      countries: null,
      rentalDays: [1, 3, 7, 14, 30],
    });
    for (const [op, capability] of Object.entries(OPERATION_CAPABILITY)) {
      expect([op, typeof h.provider[op as keyof typeof OPERATION_CAPABILITY] === "function"]).toEqual([
        op,
        caps[capability],
      ]);
    }
  });

  it("refuses a missing key and never shows the key", () => {
    expect(() => numpool({ apiKey: "" })).toThrow(ValidationError);
    const provider = numpool({ apiKey: "np_live_secret_123456" });
    expect(inspect(provider, { depth: 10 })).not.toContain("np_live_secret_123456");
    expect(JSON.stringify(provider)).not.toContain("np_live_secret_123456");
  });

  it("sends the key in X-API-Key to numpool.com by default", async () => {
    const seen: string[] = [];
    const provider = numpool({
      apiKey: "np_live_k",
      fetch: async (input, init) => {
        const request = new Request(input as string | URL, init);
        seen.push(`${request.url} ${request.headers.get("x-api-key")}`);
        return new Response(`{ "balance": 1, "currency": "USD" }`, {
          headers: { "content-type": "application/json" },
        });
      },
    });
    expect(await provider.balance()).toEqual(usd(100));
    expect(seen).toEqual(["https://numpool.com/api/v1/balance np_live_k"]);
  });
});
