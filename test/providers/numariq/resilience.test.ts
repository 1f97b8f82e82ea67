/** Retries, lost replies and bad replies: what is repeated, what never is, and what is refused. */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import {
  NetworkError,
  OutcomeUnknownError,
  ProviderError,
  RateLimitError,
  ResponseFormatError,
} from "../../../src/core/errors.js";
import type { Rental } from "../../../src/core/model.js";
import { onFastClock } from "../../fakes/fast-clock.js";
import { orderExample, purchaseExample } from "./fixtures.js";
import { count, useNumariqFake } from "./harness.js";

const daysFromNow = (iso: string) => Math.round((Date.parse(iso) - Date.now()) / 86_400_000);

const h = useNumariqFake();
const BUY = { method: "POST", path: /\/numbers$/ };
const POLL = { method: "GET", path: /\/orders\/[^/]+$/ };

describe("numariq retries", () => {
  it("retries a poll after a 500", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add(POLL, { kind: "status", status: 500, body: { error: "Internal error" } });
    const polled = await h.client.poll(order);
    expect(polled.id).toBe(order.id);
    expect(count(h, "GET", /\/orders\//)).toBe(2);
  });

  it("retries a poll after a 429, waiting its Retry-After", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add(POLL, {
      kind: "status",
      status: 429,
      body: { error: "Slow down" },
      headers: { "Retry-After": "1" },
    });
    const started = Date.now();
    await h.client.poll(order);
    expect(Date.now() - started).toBeGreaterThanOrEqual(900);
    expect(count(h, "GET", /\/orders\//)).toBe(2);
  });

  it("gives up on a GET after its retries with the last error", async () => {
    h.fake.faults.add(
      { method: "GET", path: /\/services/ },
      { kind: "status", status: 429, body: { error: "x" } },
      3,
    );
    await expect(h.client.services()).rejects.toBeInstanceOf(RateLimitError);
    expect(count(h, "GET", /\/services/)).toBe(3);
  });

  it("never retries a purchase after a 500, which may have followed a charge", async () => {
    h.fake.faults.add(BUY, { kind: "status", status: 500, body: { error: "Internal error" } });
    await expect(h.client.buy({ service: "whatsapp" })).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(count(h, "POST", /\/numbers$/)).toBe(1);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("never retries a cancel (a POST) after a reset: the caller learns it may not have happened", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add({ method: "POST", path: /\/cancel$/ }, { kind: "reset-before" });
    await expect(h.client.cancel(order)).rejects.toBeInstanceOf(NetworkError);
    expect(count(h, "POST", /\/cancel$/)).toBe(1);
    expect((await h.client.cancel(order)).refunded).toEqual({ amount: 20, currency: "USD" });
  });
});

describe("numariq lost purchase replies (no way to list orders, so no reconciliation)", () => {
  it("a lost buy reply is OutcomeUnknownError with what is known, one charge, one request", async () => {
    h.fake.faults.add(BUY, { kind: "reset-after" });
    const error = await h.client
      .buy({ service: "whatsapp", areaCode: "415", channel: "voice" })
      .catch((e) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).toMatchObject({
      operation: "buy",
      known: { service: "whatsapp", country: "US", areaCode: "415", channel: "voice" },
    });
    expect(h.fake.wallet.charges()).toBe(1);
    expect(h.sent.map((r) => `${r.method} ${r.path}`)).toEqual(["POST /api/v1/numbers"]);
  });

  it("a lost rent reply is OutcomeUnknownError naming the period, never a second rental", async () => {
    h.fake.faults.add(BUY, { kind: "reset-after" });
    const error = await h.client.rent({ days: 30, autoRenew: false }).catch((e) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).toMatchObject({ operation: "rent", known: { country: "US", days: 30, autoRenew: false } });
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "POST", /\/numbers$/)).toBe(1);
  });

  it("a lost renew reply is settled through the rental's expiry, never by a second renewal", async () => {
    const rental = await h.client.rent({ days: 7 });
    h.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-after" });
    const renewed = await h.client.renew(rental);
    // The expiry moved by the rental's period: renewed, once.
    expect(daysFromNow(renewed.expiresAt!)).toBe(14);
    expect(h.fake.wallet.charges()).toBe(2);
    expect(count(h, "POST", /\/renew$/)).toBe(1);
  });

  it("a renew lost before Numariq acted is not renewed (the expiry unmoved on two looks): nothing charged", async () => {
    const rental = await h.client.rent({ days: 7 });
    h.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-before" });
    const error = await onFastClock(() => h.client.renew(rental).catch((e) => e));
    expect(error).toBeInstanceOf(NetworkError);
    expect(error.requestMayHaveBeenSent).toBe(false);
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "POST", /\/renew$/)).toBe(1);
  });
});

describe("numariq bad replies", () => {
  it("a body that is not JSON is a ResponseFormatError", async () => {
    const order = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add(POLL, { kind: "malformed", body: "<html>oops" });
    await expect(h.client.poll(order)).rejects.toBeInstanceOf(ResponseFormatError);
  });

  it("a purchase reply without an order is OutcomeUnknownError carrying the reply, never a second purchase", async () => {
    h.fake.faults.add(BUY, { kind: "malformed", body: '{"ok":true}' });
    const error = await h.client.buy({ service: "whatsapp" }).catch((e) => e);
    // Numariq answered the purchase, so it probably charged: a plain format error would hide that.
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error).toMatchObject({ operation: "buy", known: { reply: '{"ok":true}' } });
    expect(error.cause).toBeInstanceOf(ResponseFormatError);
    expect(count(h, "POST", /\/numbers$/)).toBe(1);
  });

  // The reply went through (charged): the caller needs the order id to find and cancel the number.
  it("a buy reply whose number is not a phone number is OutcomeUnknownError carrying the order id", async () => {
    const odd = { order: { ...purchaseExample.order, number: "+1 555" } };
    h.fake.faults.add(BUY, { kind: "malformed", body: JSON.stringify(odd), after: true });
    const error = await h.client.buy({ service: "whatsapp" }).catch((e) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.operation).toBe("buy");
    expect(error.cause).toBeInstanceOf(ResponseFormatError);
    // The order id is what the caller needs to find (and cancel) the number it was charged for.
    expect(error.known.reply).toEqual(expect.stringContaining(purchaseExample.order.id));
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "POST", /\/numbers$/)).toBe(1);
  });

  it("a rent reply whose number is not a phone number is OutcomeUnknownError carrying the order id", async () => {
    const odd = { order: { ...purchaseExample.order, type: "rental", number: "+1 555" } };
    h.fake.faults.add(BUY, { kind: "malformed", body: JSON.stringify(odd), after: true });
    const error = await h.client.rent({ days: 30 }).catch((e) => e);
    expect(error).toBeInstanceOf(OutcomeUnknownError);
    expect(error.operation).toBe("rent");
    expect(error.known.reply).toEqual(expect.stringContaining(purchaseExample.order.id));
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "POST", /\/numbers$/)).toBe(1);
  });

  const broken: [string, unknown][] = [
    [
      "a number that is not a phone number",
      { ...orderExample, order: { ...orderExample.order, number: "+1 555" } },
    ],
    ["a fractional price", { ...orderExample, order: { ...orderExample.order, price_cents: 0.2 } }],
    ["an unreadable expiry", { ...orderExample, order: { ...orderExample.order, expires_at: "soon" } }],
    ["messages that are not a list", { ...orderExample, messages: "none" }],
  ];
  it.each(broken)("%s is a ResponseFormatError", async (_label, body) => {
    h.server.use(http.get(`${h.fake.baseUrl}/orders/:id`, () => HttpResponse.json(body as never)));
    const order = await h.client.buy({ service: "whatsapp" });
    await expect(h.client.poll(order)).rejects.toBeInstanceOf(ResponseFormatError);
  });

  it("a cancel result outside refunded / closed is a ResponseFormatError, not a guess", async () => {
    h.server.use(
      http.post(`${h.fake.baseUrl}/orders/:id/cancel`, () =>
        HttpResponse.json({ ok: true, result: "pending" }),
      ),
    );
    const order = await h.client.buy({ service: "whatsapp" });
    await expect(h.client.cancel(order)).rejects.toBeInstanceOf(ResponseFormatError);
  });

  it("a 200 with ok:false is an error, not a success", async () => {
    h.server.use(http.post(`${h.fake.baseUrl}/orders/:id/done`, () => HttpResponse.json({ ok: false })));
    const order = await h.client.buy({ service: "whatsapp" });
    await expect(h.client.done(order)).rejects.toBeInstanceOf(ProviderError);
  });

  it("tolerates extra fields it does not know", async () => {
    const body = { ...orderExample, extra: 1, order: { ...orderExample.order, area_code: "212" } };
    h.server.use(http.get(`${h.fake.baseUrl}/orders/:id`, () => HttpResponse.json(body)));
    const order = await h.client.buy({ service: "whatsapp" });
    expect((await h.client.poll({ ...order, id: orderExample.order.id })).code).toBe("558213");
  });
});

describe("numariq renewals racing in one process", () => {
  it("a renewal whose request was dropped does not claim the extension another renewal made", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    h.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-before" });
    const [a, b] = await onFastClock(() =>
      Promise.all([
        h.client.renew(rental).catch((e: unknown) => e),
        h.client.renew(rental).catch((e: unknown) => e),
      ]),
    );
    // One renewal was made: one call gets it, the other cannot tell it from its own.
    expect(h.fake.wallet.charges()).toBe(2);
    expect([a, b].filter((x) => x instanceof OutcomeUnknownError)).toHaveLength(1);
    expect([a, b].filter((x) => !(x instanceof Error))).toHaveLength(1);
  });

  it("a renewal made between this renewal's read of the expiry and its request is not taken as its own", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    let other: unknown;
    // This renewal reads the expiry; before its request leaves, another renewal of the same rental goes
    // through; then this one's request is dropped before Numariq sees it.
    h.server.use(
      http.get(
        `${h.fake.baseUrl}/orders/:id`,
        async ({ request }) => {
          const before = await fetch(request.url, { headers: request.headers });
          const body = await before.json();
          other = await h.client.renew(rental);
          h.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-before" });
          return HttpResponse.json(body, { status: before.status });
        },
        { once: true },
      ),
    );
    const outcome = await onFastClock(() => h.client.renew(rental)).catch((e: unknown) => e);
    expect(Date.parse((other as Rental).expiresAt!)).toBeGreaterThan(Date.parse(rental.expiresAt!));
    expect(outcome).toBeInstanceOf(OutcomeUnknownError);
    expect(h.fake.wallet.charges()).toBe(2);
  });

  it("renewals of two different rentals side by side do not make each other doubtful", async () => {
    h.fake.wallet.balance = 100_000;
    const one = await h.client.rent({ country: "US", days: 7 });
    const two = await h.client.rent({ country: "US", days: 7 });
    h.fake.faults.add({ method: "POST", path: /\/renew$/ }, { kind: "reset-after" });
    const [a, b] = await onFastClock(() => Promise.all([h.client.renew(one), h.client.renew(two)]));
    expect(Date.parse(a.expiresAt!)).toBeGreaterThan(Date.parse(one.expiresAt!));
    expect(Date.parse(b.expiresAt!)).toBeGreaterThan(Date.parse(two.expiresAt!));
    expect(h.fake.wallet.charges()).toBe(4);
  });
});

describe("numariq renew aborted after the charge was answered", () => {
  it("resolves with the rental (expiry unknown) when the caller aborts the read that follows the charge", async () => {
    const rental = await h.client.rent({ country: "US", days: 7 });
    const controller = new AbortController();
    let renewAnswered = false;
    // The caller gives up once the renewal is paid, while its new state is being read: the renewal
    // happened, and must not be reported as a failure (that would invite a second one).
    const client = createClient({
      provider: h.fake.provider({
        hooks: {
          onResponse: (event: { path: string; status: number | null }) => {
            if (event.path.endsWith("/renew") && event.status === 200) renewAnswered = true;
          },
          onRequest: (event: { method: string }) => {
            if (renewAnswered && event.method === "GET") controller.abort();
          },
        },
      }),
    });
    const renewed = await client.renew(rental, {}, { signal: controller.signal });
    expect(controller.signal.aborted).toBe(true);
    expect(renewed.id).toBe(rental.id);
    expect(renewed.status).toBe("active");
    expect(renewed.expiresAt).toBeNull();
    expect(h.fake.wallet.charges()).toBe(2);
  });
});
