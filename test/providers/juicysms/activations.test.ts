/** Verification orders against the stateful fake: buy, poll, cancel, skip, reuse, balance. */
import { describe, expect, it } from "vitest";
import {
  NotFoundError,
  OrderStateError,
  TimeoutError,
  UnsupportedError,
  ValidationError,
} from "../../../src/core/errors.js";
import type { Order } from "../../../src/core/model.js";
import { juicySmsCapabilities } from "../../../src/providers/juicysms/index.js";
import { count, last, rejection, useJuicySmsFake } from "./harness.js";

const h = useJuicySmsFake();

describe("juicysms capabilities", () => {
  it("declares verification, rentals with renew, balance; no done, services or rental cancel", () => {
    expect(h.provider.capabilities).toEqual({
      activations: true,
      done: false,
      rentals: true,
      renew: true,
      cancelRental: false,
      balance: true,
      services: false,
      voice: false,
      areaCode: false,
      idempotency: false,
      countries: ["US", "NL", "GB"],
      rentalDays: [30, 90, 180, 365],
      pollIntervalMs: 5_000,
    });
    expect(juicySmsCapabilities).toBe(h.provider.capabilities);
  });

  it("has no done endpoint: UnsupportedError before any request", async () => {
    const order = await h.client.buy({ service: "telegram" });
    const before = h.sent.length;
    expect(await rejection(h.client.done(order))).toBeInstanceOf(UnsupportedError);
    expect(h.sent.length).toBe(before);
  });
});

describe("juicysms buy", () => {
  it.each([
    ["US", "USA", /^\+1201555\d{4}$/],
    ["NL", "NL", /^\+31612\d{6}$/],
    ["GB", "UK", /^\+447684\d{6}$/],
    ["UK", "UK", /^\+447684\d{6}$/],
  ])("sends %s as country=%s and makes the national number E.164", async (country, wire, number) => {
    const order = await h.client.buy({ service: "google", country });
    expect(last(h, "/api/makeorder").query.country).toBe(wire);
    expect(order.number).toMatch(number);
    expect(order.country).toBe(country === "UK" ? "GB" : country);
    expect(h.fake.order(order.id)?.country).toBe(wire);
  });

  it("always sends a country: NL, the provider's default, when none is given", async () => {
    const order = await h.client.buy({ service: "telegram" });
    expect(last(h, "/api/makeorder").query).toEqual({ serviceId: "5", country: "NL", key: h.fake.apiKey });
    expect(order.country).toBe("NL");
    expect(order.number).toMatch(/^\+316\d{8}$/);
  });

  it.each([
    ["google", "1", "google"],
    ["Twitter", "4", "twitter"],
    ["x", "4", "twitter"],
    ["telegram", "5", "telegram"],
    ["facebook", "12", "facebook"],
    ["5", "5", "telegram"],
    ["77", "77", "77"],
  ])("maps service %s to serviceId=%s", async (service, id, slug) => {
    const order = await h.client.buy({ service, country: "US" });
    expect(last(h, "/api/makeorder").query.serviceId).toBe(id);
    expect(order.service).toBe(slug);
  });

  it("refuses a slug it has no id for, before any request, naming the known ones", async () => {
    const error = (await rejection(h.client.buy({ service: "whatsapp" }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("service");
    expect(error.allowed).toEqual(["google", "twitter", "telegram", "facebook"]);
    expect(error.message).toContain("numeric");
    expect(h.sent).toHaveLength(0);
  });

  it("refuses a country it does not sell, before any request (client and adapter alike)", async () => {
    const viaClient = (await rejection(
      h.client.buy({ service: "google", country: "DE" }),
    )) as ValidationError;
    expect(viaClient.allowed).toEqual(["US", "NL", "GB"]);
    const direct = (await rejection(
      h.provider.buy({
        service: "google",
        country: "FR",
        channel: "sms",
        areaCode: null,
        idempotencyKey: null,
      }),
    )) as ValidationError;
    expect(direct).toBeInstanceOf(ValidationError);
    expect(direct.field).toBe("country");
    expect(h.sent).toHaveLength(0);
  });

  it("charges one order and leaves the price unknown (no reply carries one)", async () => {
    const order = await h.client.buy({ service: "telegram", country: "GB" });
    expect(h.fake.wallet.ledger).toEqual([{ kind: "charge", amount: 60, ref: order.id }]);
    expect(order.price).toBeNull();
    expect(order.status).toBe("waiting");
    expect(Date.parse(order.createdAt ?? "")).toBeGreaterThan(Date.now() - 60_000);
  });

  it("keeps one open order per account: a second buy names the first, and charges nothing", async () => {
    const first = await h.client.buy({ service: "telegram" });
    const error = (await rejection(h.client.buy({ service: "google" }))) as OrderStateError;
    expect(error).toBeInstanceOf(OrderStateError);
    expect(error.openOrderId).toBe(first.id);
    expect(h.fake.wallet.charges()).toBe(1);
  });
});

describe("juicysms poll", () => {
  it("shows the SMS text whole and the code extracted from it", async () => {
    const order = await h.client.buy({ service: "telegram", country: "GB" });
    expect(await h.client.poll(order)).toEqual(order);
    h.fake.deliver(order.id, "Telegram code: 55123\n\nDo not give it to anyone. SUCCESS_x WAITING");
    const polled = await h.client.poll(order);
    expect(polled.status).toBe("received");
    expect(polled.code).toBe("55123");
    expect(polled.messages).toEqual([
      {
        id: null,
        from: null,
        text: "Telegram code: 55123\n\nDo not give it to anyone. SUCCESS_x WAITING",
        code: "55123",
        receivedAt: null,
      },
    ]);
  });

  it("keeps messages seen before and puts a new text first, without repeating one", async () => {
    const order = await h.client.buy({ service: "google", country: "US" });
    h.fake.deliver(order.id, "G-112233 is your Google verification code.");
    const first = await h.client.poll(order);
    const again = await h.client.poll(first);
    expect(again.messages).toHaveLength(1);
    h.fake.deliver(order.id, "G-445566 is your Google verification code.");
    const second = await h.client.poll(again);
    expect(second.messages.map((m) => m.code)).toEqual(["445566", "112233"]);
    expect(second.code).toBe("445566");
  });

  it("reads ORDER_EXPIRED as expired, or cancelled for an order it saw cancelled", async () => {
    const order = await h.client.buy({ service: "telegram" });
    h.fake.expire(order.id);
    expect((await h.client.poll(order)).status).toBe("expired");
    expect(h.fake.wallet.balance).toBe(10_000);

    const other = await h.client.buy({ service: "telegram" });
    const { order: cancelled } = await h.client.cancel(other);
    expect((await h.client.poll(cancelled)).status).toBe("cancelled");
  });

  it("waits for the code through the client", async () => {
    const order = await h.client.buy({ service: "telegram" });
    setTimeout(() => h.fake.deliver(order.id, "Your code is 90210"), 30);
    const { code } = await h.client.waitForCode(order, { intervalMs: 10, timeoutMs: 2_000 });
    expect(code).toBe("90210");
  });

  it("accepts an order back after a JSON round trip", async () => {
    const order = await h.client.buy({ service: "facebook", country: "NL" });
    const revived = JSON.parse(JSON.stringify(order)) as Order;
    h.fake.deliver(order.id, "FB-31337 is your Facebook code");
    expect((await h.client.poll(revived)).code).toBe("31337");
  });
});

describe("juicysms cancel and skip", () => {
  it("cancel refunds the wallet; the amount is not said, so refunded is null", async () => {
    const order = await h.client.buy({ service: "telegram" });
    expect(h.fake.wallet.balance).toBe(10_000 - 60);
    const result = await h.client.cancel(JSON.parse(JSON.stringify(order)));
    expect(result.order).toEqual({ ...order, status: "cancelled" });
    expect(result.refunded).toBeNull();
    expect(h.fake.wallet.balance).toBe(10_000);
  });

  it("refunded is the order's price when the order carries one", async () => {
    const order = await h.client.buy({ service: "telegram" });
    const priced = { ...order, price: { amount: 60, currency: "USD" as const } };
    expect((await h.client.cancel(priced)).refunded).toEqual({ amount: 60, currency: "USD" });
  });

  it("does not cancel an order that got its SMS (ORDER_ALREADY_COMPLETED): no refund", async () => {
    const order = await h.client.buy({ service: "telegram" });
    h.fake.deliver(order.id, "code 1234");
    const error = await rejection(h.client.cancel(order));
    expect(error).toBeInstanceOf(OrderStateError);
    expect((error as Error).message).toContain("ORDER_ALREADY_COMPLETED");
    expect(h.fake.wallet.balance).toBe(10_000 - 60);
  });

  it("does not cancel twice (ORDER_ALREADY_EXPIRED)", async () => {
    const order = await h.client.buy({ service: "telegram" });
    await h.client.cancel(order);
    expect(await rejection(h.client.cancel(order))).toBeInstanceOf(OrderStateError);
    expect(h.fake.wallet.ledger.filter((e) => e.kind === "refund")).toHaveLength(1);
  });

  it("skip cancels, refunds and skips the number; a new order can follow", async () => {
    const order = await h.client.buy({ service: "telegram" });
    const result = await h.provider.skip(order);
    expect(result).toEqual({ order: { ...order, status: "cancelled" }, refunded: null });
    expect(h.fake.order(order.id)).toMatchObject({ state: "canceled", skipped: true });
    expect(h.fake.wallet.balance).toBe(10_000);
    expect(count(h, "GET", "/api/skipnumber")).toBe(1);
    await expect(h.client.buy({ service: "telegram" })).resolves.toMatchObject({ status: "waiting" });
  });
});

describe("juicysms reuse", () => {
  it("makes a new, charged order on the same number for the same service", async () => {
    const order = await h.client.buy({ service: "telegram", country: "GB" });
    h.fake.deliver(order.id, "code 1111");
    const reused = await h.provider.reuse(order);
    expect(reused).toMatchObject({
      number: order.number,
      service: "telegram",
      country: "GB",
      status: "waiting",
      code: null,
      messages: [],
    });
    expect(reused.id).not.toBe(order.id);
    expect(h.fake.wallet.charges()).toBe(2);
    h.fake.deliver(reused.id, "code 2222");
    expect((await h.client.poll(reused)).code).toBe("2222");
  });

  it("refuses while an order is open, naming it, and after the number went offline", async () => {
    const order = await h.client.buy({ service: "telegram" });
    const open = (await rejection(h.provider.reuse(order))) as OrderStateError;
    expect(open.openOrderId).toBe(order.id);

    h.fake.deliver(order.id, "code 1111");
    h.fake.takeOffline(order.id);
    const offline = await rejection(h.provider.reuse(order));
    expect(offline).toBeInstanceOf(OrderStateError);
    expect((offline as Error).message).toContain("NUMBER_OFFLINE");
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("refuses an order of another provider before any request", async () => {
    const order = await h.client.buy({ service: "telegram" });
    const before = h.sent.length;
    const error = (await rejection(h.provider.reuse({ ...order, provider: "numpool" }))) as ValidationError;
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.field).toBe("order.provider");
    expect(h.sent.length).toBe(before);
  });
});

describe("juicysms unknown ids", () => {
  it("reads ERROR to a call about one order as NotFoundError", async () => {
    const order = await h.client.buy({ service: "telegram" });
    const unknown = { ...order, id: "987654321" };
    for (const call of [
      () => h.client.poll(unknown),
      () => h.client.cancel(unknown),
      () => h.provider.skip(unknown),
      () => h.provider.reuse(unknown),
    ]) {
      const error = await rejection(call());
      expect(error).toBeInstanceOf(NotFoundError);
      expect((error as Error).message).toContain("987654321");
    }
  });

  it("answers NotFoundError for a non-numeric id without asking", async () => {
    const order = await h.client.buy({ service: "telegram" });
    const before = h.sent.length;
    expect(await rejection(h.client.poll({ ...order, id: "abc-1" }))).toBeInstanceOf(NotFoundError);
    expect(await rejection(h.client.cancel({ ...order, id: "12&key=x" }))).toBeInstanceOf(NotFoundError);
    expect(h.sent.length).toBe(before);
  });
});

describe("juicysms balance", () => {
  it("reads the wallet in USD cents, as it moves", async () => {
    expect(await h.client.balance()).toEqual({ amount: 10_000, currency: "USD" });
    await h.client.buy({ service: "telegram" });
    expect(await h.client.balance()).toEqual({ amount: 9_940, currency: "USD" });
    expect(last(h, "/api/getbalance").query).toEqual({ key: h.fake.apiKey });
  });
});

describe("juicysms waitForCode timeout", () => {
  it("cancels for the refund and shows the order cancelled (JuicySMS's getsms says the same word for expired)", async () => {
    const order = await h.client.buy({ service: "telegram", country: "GB" });
    const error = (await h.client
      .waitForCode(order, { timeoutMs: 120, intervalMs: 40 })
      .catch((e: unknown) => e)) as TimeoutError;
    expect(error).toBeInstanceOf(TimeoutError);
    expect(error.cancelled).toBe(true);
    expect(error.order?.status).toBe("cancelled");
  });
});
