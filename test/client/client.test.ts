/** The client's everyday flow on the sandbox: what each call returns, and what it does to the wallet. */
import { describe, expect, it } from "vitest";
import { createClient, type Order, OrderStateError, type Rental, sandbox } from "../../src/index.js";
import { sandboxClient } from "./helpers.js";

/** What a script gets back after persisting an object and reading it again later. */
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe("orders and rentals survive a JSON round trip", () => {
  it("poll, waitForCode and done accept a persisted order", async () => {
    const { client, clock } = sandboxClient({ smsDelayMs: 2_000 });
    const order = await client.buy({ service: "google", country: "US" });
    expect(roundTrip(order)).toEqual(order);

    const waiting = await client.poll(roundTrip(order));
    expect(waiting).toMatchObject({ id: order.id, status: "waiting", code: null });

    clock.advance(2_000);
    const received = await client.poll(roundTrip(order));
    expect(received.status).toBe("received");
    expect(received.code).toMatch(/^\d{6}$/);
    expect(received.messages[0]?.text).toBe(`G-${received.code} is your Google verification code.`);
    expect(roundTrip(received)).toEqual(received);

    const { code } = await client.waitForCode(roundTrip(received), { intervalMs: 10 });
    expect(code).toBe(received.code);
    await expect(client.done(roundTrip(received))).resolves.toMatchObject({ status: "done" });
  });

  it("cancel accepts a persisted order, extra fields included", async () => {
    const { client } = sandboxClient();
    const order = await client.buy({ service: "telegram" });
    const persisted = {
      ...roundTrip(order),
      raw: { note: "kept by the app" },
      providerStatus: "STATUS_WAIT",
    };
    const { order: cancelled, refunded } = await client.cancel(persisted);
    expect(cancelled).toMatchObject({ id: order.id, status: "cancelled" });
    expect(refunded).toEqual(order.price);
  });

  it("reads a persisted order whose status and code disagree (an older version's) as Order pairs them", async () => {
    const { client } = sandboxClient();
    const order = await client.buy({ service: "telegram" });
    const older = { ...roundTrip(order), status: "received", code: null } as unknown as Order;
    const watcher = client.watch(older);
    expect(watcher.target).toMatchObject({ id: order.id, status: "waiting", code: null });
    watcher.stop();
  });

  it("getRental, inbox, renew and cancelRental accept a persisted rental", async () => {
    const { client, provider, clock } = sandboxClient({ balance: 10_000 });
    const rental = await client.rent({ days: 7, country: "NL", service: "whatsapp" });
    expect(roundTrip(rental)).toEqual(rental);
    const persisted: Rental = roundTrip(rental);

    provider.deliver(rental.number, "Your WhatsApp code: 111-222");
    clock.advance(60_000);
    provider.deliver(rental.number, "Your WhatsApp code: 333-444");

    const inbox = await client.inbox(persisted);
    expect(inbox.map((m) => m.code)).toEqual(["333444", "111222"]);
    expect(roundTrip(inbox)).toEqual(inbox);

    const fresh = await client.getRental(persisted);
    expect(fresh).toMatchObject({ id: rental.id, status: "active", number: rental.number });
    expect(fresh.messages).toEqual(inbox);

    const renewed = await client.renew(persisted, { days: 7 });
    expect(Date.parse(renewed.expiresAt!) - Date.parse(rental.expiresAt!)).toBe(7 * 86_400_000);

    const { rental: ended } = await client.cancelRental(roundTrip(renewed));
    expect(ended.status).toBe("cancelled");
  });
});

describe("cancel", () => {
  it("before a code: the order is cancelled and the price comes back", async () => {
    const { client, provider } = sandboxClient({ balance: 500 });
    const order = await client.buy({ service: "paypal" });
    expect(await client.balance()).toEqual({ amount: 450, currency: "USD" });

    const result = await client.cancel(order);
    expect(result.order.status).toBe("cancelled");
    expect(result.refunded).toEqual({ amount: 50, currency: "USD" });
    expect(result.refunded).toEqual(order.price);
    expect(await client.balance()).toEqual({ amount: 500, currency: "USD" });
    expect(provider.ledger().map((e) => [e.kind, e.amount])).toEqual([
      ["charge", 50],
      ["refund", 50],
    ]);
  });

  it("after the code: refused with OrderStateError, nothing refunded", async () => {
    const { client, provider } = sandboxClient();
    const order = await client.buy({ service: "paypal" });
    provider.deliver(order, "PayPal: Your security code is: 918273. Your code expires in 10 minutes.");
    await expect(client.cancel(order)).rejects.toBeInstanceOf(OrderStateError);
    expect(provider.ledger().map((e) => e.kind)).toEqual(["charge"]);
  });
});

describe("services and balance", () => {
  it("services() lists offers priced in Money", async () => {
    const { client } = sandboxClient();
    const offers = await client.services();
    expect(offers.length).toBeGreaterThan(10);
    for (const offer of offers) {
      expect(offer.provider).toBe("sandbox");
      expect(offer.service).toMatch(/^[a-z0-9_-]+$/);
      expect(typeof offer.name).toBe("string");
      expect(Number.isInteger(offer.price!.amount)).toBe(true);
      expect(offer.price!.currency).toBe("USD");
      expect(Number.isInteger(offer.stock)).toBe(true);
      expect(typeof offer.providerServiceId).toBe("string");
    }
    expect(offers.find((o) => o.service === "whatsapp")).toMatchObject({
      name: "WhatsApp",
      price: { amount: 60, currency: "USD" },
      stock: 240,
    });
  });

  it("services({ country }) takes UK for GB and reflects what was bought", async () => {
    const { client } = sandboxClient();
    await client.buy({ service: "whatsapp" });
    const offers = await client.services({ country: "UK" });
    expect(offers.every((o) => o.country === "GB")).toBe(true);
    expect(offers.find((o) => o.service === "whatsapp")?.stock).toBe(239);
  });

  it("balance() is the sandbox wallet, in cents, after every charge and refund", async () => {
    const { client, provider } = sandboxClient({ balance: 2_500 });
    expect(await client.balance()).toEqual({ amount: 2_500, currency: "USD" });
    const a = await client.buy({ service: "whatsapp" });
    await client.buy({ service: "telegram" });
    await client.cancel(a);
    const net = provider
      .ledger()
      .reduce((sum, e) => sum + (e.kind === "charge" ? -e.amount : e.amount), 2_500);
    expect(await client.balance()).toEqual({ amount: net, currency: "USD" });
    expect(net).toBe(2_500 - 45);
  });

  it("an idempotencyKey makes a repeated buy answer the first order, charged once", async () => {
    const { client, provider } = sandboxClient();
    const first = await client.buy({ service: "whatsapp", idempotencyKey: "signup-42" });
    const again = await client.buy({ service: "whatsapp", idempotencyKey: "signup-42" });
    expect(again.id).toBe(first.id);
    expect(provider.ledger()).toHaveLength(1);
  });
});

describe("in real time", () => {
  it("buy, wait for the code, done", async () => {
    const provider = sandbox({ seed: 5, smsDelayMs: 50 });
    const client = createClient({ provider });
    const order: Order = await client.buy({ service: "discord", country: "DE" });
    expect(order.number).toMatch(/^\+49\d{11}$/);
    const attempts: number[] = [];
    const {
      code,
      message,
      order: received,
    } = await client.waitForCode(order, {
      intervalMs: 10,
      timeoutMs: 5_000,
      onPoll: (_o, attempt) => attempts.push(attempt),
    });
    expect(message?.text).toBe(`Your Discord security code is: ${code}`);
    expect(received.status).toBe("received");
    expect(attempts.length).toBeGreaterThan(1);
    expect(attempts).toEqual(attempts.map((_, i) => i + 1));
    await expect(client.done(received)).resolves.toMatchObject({ status: "done", code });
  });
});
