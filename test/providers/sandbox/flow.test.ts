import { describe, expect, it } from "vitest";
import { OutOfStockError, ValidationError } from "../../../src/core/errors.js";
import { toE164 } from "../../../src/core/phone.js";
import { MINUTE, START, setup } from "./setup.js";

describe("sandbox: the whole activation flow", () => {
  it("buys, receives the WhatsApp SMS, extracts the code, finishes, and books the charge", async () => {
    const { client, clock, provider } = setup();
    expect(await client.balance()).toEqual({ amount: 1000, currency: "USD" });

    const order = await client.buy({ service: "whatsapp" });
    expect(order).toMatchObject({
      provider: "sandbox",
      service: "whatsapp",
      country: "US",
      status: "waiting",
      code: null,
      messages: [],
      price: { amount: 60, currency: "USD" },
      createdAt: new Date(START).toISOString(),
      expiresAt: new Date(START + 15 * MINUTE).toISOString(),
    });
    expect(order.number).toMatch(/^\+1[2-9]\d{2}55501\d{2}$/);
    expect(await client.balance()).toEqual({ amount: 940, currency: "USD" });

    const polls: string[] = [];
    const result = await client.waitForCode(order, {
      intervalMs: 10,
      onPoll: (o) => {
        polls.push(o.status);
        clock.advance(1000);
      },
    });
    expect(polls.at(-1)).toBe("received");
    expect(result.code).toMatch(/^\d{6}$/);
    expect(result.message?.from).toBe("WhatsApp");
    expect(result.message?.text).toBe(
      `Your WhatsApp code: ${result.code.slice(0, 3)}-${result.code.slice(3)}\n\nDon't share this code with others`,
    );
    expect(result.order).toMatchObject({ status: "received", code: result.code });

    const done = await client.done(result.order);
    expect(done.status).toBe("done");
    expect(await client.balance()).toEqual({ amount: 940, currency: "USD" });
    expect(provider.ledger()).toEqual([
      { kind: "charge", amount: 60, ref: order.id, at: new Date(START).toISOString() },
    ]);
  });

  it("sends each service's own SMS, and every one yields its code", async () => {
    const { client, provider } = setup({ balance: 100_000, smsDelayMs: 0 });
    const offers = await client.services();
    expect(offers.length).toBeGreaterThanOrEqual(15);
    for (const offer of offers) {
      const order = await client.poll(await client.buy({ service: offer.service }));
      const message = order.messages[0]!;
      expect({ service: offer.service, code: order.code }).toEqual({
        service: offer.service,
        code: expect.stringMatching(/^\d{4,8}$/),
      });
      expect(message.text!.replace(/[\s-]/g, "")).toContain(order.code);
      await client.done(order);
    }
    expect(provider.ledger()).toHaveLength(offers.length);
  });

  it("lists services with prices, stock and canonical slugs, and counts stock down", async () => {
    const { client } = setup();
    const before = await client.services({ country: "GB" });
    const whatsapp = before.find((o) => o.service === "whatsapp")!;
    expect(whatsapp).toEqual({
      provider: "sandbox",
      service: "whatsapp",
      name: "WhatsApp",
      country: "GB",
      price: { amount: 60, currency: "USD" },
      stock: 240,
      providerServiceId: "whatsapp",
    });
    await client.buy({ service: "whatsapp", country: "GB" });
    const after = await client.services({ country: "GB" });
    expect(after.find((o) => o.service === "whatsapp")!.stock).toBe(239);
  });

  it("hands out E.164 numbers of each country's shape, and honours a US area code", async () => {
    const { client, provider } = setup({ balance: 10_000 });
    const calling: Record<string, string> = {
      US: "+1",
      CA: "+1",
      GB: "+44",
      NL: "+31",
      DE: "+49",
      FR: "+33",
    };
    for (const country of provider.capabilities.countries!) {
      const order = await client.buy({ service: "telegram", country });
      expect(toE164(order.number, country)).toBe(order.number);
      expect(order.number.startsWith(calling[country]!)).toBe(true);
      expect(order.country).toBe(country);
    }
    const uk = await client.buy({ service: "telegram", country: "UK" });
    expect(uk.number).toMatch(/^\+447700900\d{3}$/);
    const nyc = await client.buy({ service: "telegram", areaCode: "917" });
    expect(nyc.number).toMatch(/^\+1917/);
    await expect(client.buy({ service: "telegram", country: "GB", areaCode: "917" })).rejects.toThrow(
      OutOfStockError,
    );
    await expect(client.buy({ service: "telegram", country: "JP" })).rejects.toThrow(ValidationError);
  });

  it("delivers the code by voice when asked", async () => {
    const { client } = setup({ smsDelayMs: 0 });
    const order = await client.poll(await client.buy({ service: "google", channel: "voice" }));
    expect(order.messages[0]!.text).toMatch(/^Voice call from Google/);
    expect(order.code).toMatch(/^\d{6}$/);
  });

  it("takes a price table override, including a service it did not know", async () => {
    const { client } = setup({
      services: { WhatsApp: 99, acmebank: 12 },
      stock: { acmebank: 1 },
      smsDelayMs: 0,
    });
    const offers = await client.services();
    expect(offers.find((o) => o.service === "whatsapp")!.price).toEqual({ amount: 99, currency: "USD" });
    const order = await client.poll(await client.buy({ service: "acmebank" }));
    expect(order.price).toEqual({ amount: 12, currency: "USD" });
    expect(order.messages[0]!.text).toBe(`Your acmebank verification code is ${order.code}`);
    await expect(client.buy({ service: "acmebank" })).rejects.toThrow(OutOfStockError);
  });

  it("lets the client enforce maxPrice from its price list, charging nothing when too dear", async () => {
    const { client, provider } = setup();
    await expect(
      client.buy({ service: "whatsapp", maxPrice: { amount: 59, currency: "USD" } }),
    ).rejects.toThrow(OutOfStockError);
    expect(provider.ledger()).toEqual([]);
    const order = await client.buy({ service: "whatsapp", maxPrice: { amount: 60, currency: "USD" } });
    expect(order.price?.amount).toBe(60);
  });

  it("refuses a service it does not sell, naming what it sells", async () => {
    const { client } = setup();
    const error = await client.buy({ service: "myspace" }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.allowed).toContain("whatsapp");
  });

  it("returns plain JSON-safe orders and rentals that work again after a JSON round trip", async () => {
    const { client, clock } = setup({ balance: 5000 });
    const order = await client.buy({ service: "telegram" });
    const stored = JSON.parse(JSON.stringify(order));
    expect(stored).toStrictEqual(order);
    clock.advance(5000);
    const polled = await client.poll(stored);
    expect(polled.code).toMatch(/^\d{5}$/);
    expect(JSON.parse(JSON.stringify(polled))).toStrictEqual(polled);
    expect((await client.done(JSON.parse(JSON.stringify(polled)))).status).toBe("done");

    const rental = await client.rent({ days: 7 });
    expect(JSON.parse(JSON.stringify(rental))).toStrictEqual(rental);
    expect((await client.getRental(JSON.parse(JSON.stringify(rental)))).id).toBe(rental.id);
  });

  it("declares every operation and implements each one", () => {
    const { provider } = setup();
    const ops = [
      "buy",
      "poll",
      "done",
      "cancel",
      "rent",
      "getRental",
      "renew",
      "cancelRental",
      "inbox",
      "balance",
      "services",
    ] as const;
    for (const op of ops) expect(typeof provider[op]).toBe("function");
    expect(provider.capabilities).toMatchObject({
      activations: true,
      done: true,
      rentals: true,
      renew: true,
      cancelRental: true,
      balance: true,
      services: true,
      voice: true,
      areaCode: true,
      idempotency: true,
      rentalDays: [1, 7, 30, 90],
      pollIntervalMs: 500,
    });
    expect(provider.name).toBe("sandbox");
  });
});
