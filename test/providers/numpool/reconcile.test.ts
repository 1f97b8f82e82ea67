/** Lost purchase replies: found through GET /orders or GET /rentals, never bought twice. */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { NetworkError, OutcomeUnknownError } from "../../../src/core/errors.js";
import { onFastClock } from "../../fakes/fast-clock.js";
import { count, usd, useNumpoolFake } from "./harness.js";

const h = useNumpoolFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
const BUY = { method: "POST", path: /\/buy$/ };
const RENT = { method: "POST", path: /\/rentals$/ };

describe("numpool lost buy reply", () => {
  it("finds the order in GET /orders: one charge, one purchase request", async () => {
    h.fake.faults.add(BUY, { kind: "reset-after" });
    const order = await h.client.buy({ service: "whatsapp", country: "GB" });
    const [stored] = [...h.fake.orders.values()];
    expect(order).toMatchObject({
      id: stored!.order_id,
      number: stored!.number,
      service: "whatsapp",
      country: "GB",
      status: "waiting",
      price: usd(55),
      createdAt: stored!.created_at,
    });
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "POST", /\/buy$/)).toBe(1);
    expect(h.sent.at(-1)?.path).toBe("/api/v1/orders?limit=20&offset=0");

    h.fake.deliver(order.id, "Your code is 4821");
    expect((await h.client.poll(order)).code).toBe("4821");
  });

  it("never hands out an order it already gave back, even of the same service and country", async () => {
    const first = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add(BUY, { kind: "reset-after" });
    const second = await h.client.buy({ service: "whatsapp" });
    // Both orders fit the lost purchase; only remembering the first leaves exactly one candidate.
    expect(second.id).not.toBe(first.id);
    expect(second.id).toBe([...h.fake.orders.values()].at(-1)!.order_id);
    expect(h.fake.wallet.charges()).toBe(2);
  });

  it("a lost buy that never arrived does not hand back the order this provider bought before: plain NetworkError", async () => {
    const first = await h.client.buy({ service: "whatsapp" });
    h.fake.faults.add(BUY, { kind: "reset-before" });
    const failure = await onFastClock(() => h.client.buy({ service: "whatsapp" })).catch((e: unknown) => e);
    // The earlier order fits service, country and time: only remembering it keeps it from being returned.
    expect(failure).not.toMatchObject({ id: first.id });
    expect(failure).toBeInstanceOf(NetworkError);
    expect((failure as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "GET", /\/orders/)).toBe(2);
  });

  it("ignores orders for another service or country", async () => {
    await h.fake
      .provider()
      .buy({ service: "tg", country: "US", channel: "sms", areaCode: null, idempotencyKey: null });
    await h.fake
      .provider()
      .buy({ service: "wa", country: "GB", channel: "sms", areaCode: null, idempotencyKey: null });
    h.fake.faults.add(BUY, { kind: "reset-after" });
    const order = await h.client.buy({ service: "whatsapp", country: "US" });
    const newest = [...h.fake.orders.values()].at(-1)!;
    expect(order.id).toBe(newest.order_id);
    expect(h.fake.wallet.charges()).toBe(3);
  });

  it("two unseen matches (another process bought the same just before): OutcomeUnknownError, never someone else's order", async () => {
    await h.fake
      .provider()
      .buy({ service: "wa", country: "US", channel: "sms", areaCode: null, idempotencyKey: null });
    await new Promise((resolve) => setTimeout(resolve, 5));
    h.fake.faults.add(BUY, { kind: "reset-after" });
    const failure = await h.client.buy({ service: "whatsapp", country: "US" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OutcomeUnknownError);
    // Both candidates are named, so the caller can sort them out in the dashboard.
    for (const stored of h.fake.orders.values()) {
      expect((failure as OutcomeUnknownError).message).toContain(stored.order_id);
    }
    // The other process's purchase and this one: never a third.
    expect(count(h, "POST", /\/buy$/)).toBe(2);
    expect(h.fake.wallet.charges()).toBe(2);
  });

  it("a 502 to a buy charged behind the gateway while another process bought the same: OutcomeUnknownError, never a guess", async () => {
    h.server.use(
      http.post(
        at("/buy"),
        async () => {
          // Behind the gateway NumPool made this order; another process on the account buys the same.
          const behind = () =>
            h.fake
              .provider()
              .buy({ service: "wa", country: "US", channel: "sms", areaCode: null, idempotencyKey: null });
          await behind();
          await behind();
          return HttpResponse.json({ error: "Bad gateway" }, { status: 502 });
        },
        { once: true },
      ),
    );
    const failure = await onFastClock(() => h.client.buy({ service: "whatsapp", country: "US" })).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(OutcomeUnknownError);
    const ids = [...h.fake.orders.values()].map((o) => o.order_id);
    expect(ids).toHaveLength(2);
    for (const id of ids) expect((failure as OutcomeUnknownError).message).toContain(id);
    // The candidates are the handles the caller needs to settle it (one is theirs, or both are others').
    expect((failure as OutcomeUnknownError).known).toEqual({
      startedAt: expect.any(String),
      service: "wa",
      country: 187,
      candidates: expect.arrayContaining(ids),
    });
    // The 502'd request and the two behind it: never one more to find out.
    expect(count(h, "POST", /\/buy$/)).toBe(3);
    expect(h.fake.wallet.charges()).toBe(2);
  });

  it("proves absence when two looks, apart, find no order: an ordinary NetworkError", async () => {
    h.fake.faults.add(BUY, { kind: "reset-before" });
    const failure = await onFastClock(() => h.client.buy({ service: "whatsapp" })).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(NetworkError);
    expect((failure as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect((failure as NetworkError).message).toContain("checked twice");
    expect(h.fake.wallet.charges()).toBe(0);
    expect(count(h, "POST", /\/buy$/)).toBe(1);
    expect(count(h, "GET", /\/orders/)).toBe(2);
  });

  it("finds an order that shows up only at the second look (the purchase landed late)", async () => {
    h.fake.faults.add(BUY, { kind: "reset-before" });
    let looks = 0;
    h.server.use(
      http.get(at("/orders"), async () => {
        looks += 1;
        // Another client of the fake stands in for the purchase landing between the two looks.
        if (looks === 2) {
          await h.fake
            .provider()
            .buy({ service: "wa", country: "US", channel: "sms", areaCode: null, idempotencyKey: null });
        }
        // Nothing returned: the fake's own GET /orders answers.
      }),
    );
    const order = await onFastClock(() => h.client.buy({ service: "whatsapp", country: "US" }));
    expect(looks).toBe(2);
    expect(order.id).toBe([...h.fake.orders.values()][0]!.order_id);
    expect(h.fake.wallet.charges()).toBe(1);
    // This purchase and the late one standing in for it: never a purchase of its own to find out.
    expect(count(h, "POST", /\/buy$/)).toBe(2);
  });

  it("pages through a full page of newer orders before deciding, at each look", async () => {
    const other = h.fake.provider();
    for (let i = 0; i < 20; i++) {
      await other.buy({ service: "tg", country: "US", channel: "sms", areaCode: null, idempotencyKey: null });
    }
    h.fake.faults.add(BUY, { kind: "reset-before" });
    await expect(onFastClock(() => h.client.buy({ service: "whatsapp" }))).rejects.toBeInstanceOf(
      NetworkError,
    );
    expect(h.sent.filter((r) => r.path.startsWith("/api/v1/orders")).map((r) => r.path)).toEqual([
      "/api/v1/orders?limit=20&offset=0",
      "/api/v1/orders?limit=20&offset=20",
      "/api/v1/orders?limit=20&offset=0",
      "/api/v1/orders?limit=20&offset=20",
    ]);
  });

  it("reads other list shapes: a bare array with `id`, `price` and offset-less times", async () => {
    h.fake.faults.add(BUY, { kind: "reset-after" });
    h.server.use(
      http.get(at("/orders"), () =>
        HttpResponse.json(
          [...h.fake.orders.values()].map((o) => ({
            id: o.order_id,
            number: o.number.slice(1),
            service: "wa",
            country: "187",
            status: "waiting",
            price: "0.43",
            created_at: o.created_at.replace("T", " ").replace(/\.\d+Z$/, ""),
          })),
        ),
      ),
    );
    const order = await h.client.buy({ service: "whatsapp", country: "US" });
    expect(order).toMatchObject({
      number: [...h.fake.orders.values()][0]!.number,
      price: usd(43),
      status: "waiting",
    });
  });

  it("cannot tell when an unseen order lacks a time: OutcomeUnknownError, never a second buy", async () => {
    h.fake.faults.add(BUY, { kind: "reset-after" });
    h.server.use(
      http.get(at("/orders"), () =>
        HttpResponse.json({
          orders: [...h.fake.orders.values()].map((o) => ({
            order_id: o.order_id,
            number: o.number,
            service: "wa",
          })),
        }),
      ),
    );
    const failure = await h.client.buy({ service: "whatsapp" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OutcomeUnknownError);
    // The order that may be the purchase is named: the handle the caller needs to settle it.
    const ids = [...h.fake.orders.values()].map((o) => o.order_id);
    expect((failure as OutcomeUnknownError).known).toEqual({
      startedAt: expect.any(String),
      service: "wa",
      country: 187,
      candidates: ids,
    });
    expect(count(h, "POST", /\/buy$/)).toBe(1);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("a failing GET /orders leaves the outcome unknown", async () => {
    h.fake.faults.add(BUY, { kind: "reset-after" });
    h.fake.faults.add(
      { method: "GET", path: /\/orders/ },
      { kind: "status", status: 500, body: { error: "down" } },
      3,
    );
    await expect(h.client.buy({ service: "whatsapp" })).rejects.toBeInstanceOf(OutcomeUnknownError);
    expect(h.fake.wallet.charges()).toBe(1);
  });
});

describe("numpool lost rental reply", () => {
  it("finds the rental in GET /rentals: one charge, one purchase request", async () => {
    h.fake.faults.add(RENT, { kind: "reset-after" });
    const rental = await h.client.rent({ service: "discord", days: 7 });
    const [stored] = [...h.fake.rentals.values()];
    expect(rental).toMatchObject({
      id: stored!.rental_id,
      number: stored!.number,
      service: "discord",
      country: "US",
      status: "active",
      price: usd(450),
      expiresAt: stored!.ends_at,
    });
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "POST", /\/rentals$/)).toBe(1);
  });

  it("does not take someone else's rental of another period for this one", async () => {
    await h.fake.provider().rent({
      service: "discord",
      days: 1,
      country: null,
      autoRenew: null,
      numberType: null,
      idempotencyKey: null,
    });
    h.fake.faults.add(RENT, { kind: "reset-before" });
    const failure = await onFastClock(() => h.client.rent({ service: "discord", days: 7 })).catch(
      (e: unknown) => e,
    );
    expect(failure).toBeInstanceOf(NetworkError);
    expect((failure as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("a lost rental that never arrived does not hand back the rental this provider rented before: plain NetworkError", async () => {
    const first = await h.client.rent({ service: "discord", days: 7 });
    h.fake.faults.add(RENT, { kind: "reset-before" });
    const failure = await onFastClock(() => h.client.rent({ service: "discord", days: 7 })).catch(
      (e: unknown) => e,
    );
    expect(failure).not.toMatchObject({ id: first.id });
    expect(failure).toBeInstanceOf(NetworkError);
    expect((failure as NetworkError).requestMayHaveBeenSent).toBe(false);
    expect(h.fake.wallet.charges()).toBe(1);
    expect(count(h, "GET", /\/rentals$/)).toBe(2);
  });

  it("reads the time from ends_at minus the days when there is no created_at", async () => {
    h.fake.faults.add(RENT, { kind: "reset-after" });
    h.server.use(
      http.get(at("/rentals"), () =>
        HttpResponse.json(
          [...h.fake.rentals.values()].map((r) => ({
            id: r.rental_id,
            number: r.number,
            service: r.service,
            duration: r.duration,
            ends_at: r.ends_at,
          })),
        ),
      ),
    );
    const rental = await h.client.rent({ service: "discord", days: 14 });
    expect(rental.id).toBe([...h.fake.rentals.values()][0]!.rental_id);
    expect(rental.price).toBeNull();
  });
});

describe("numpool lost buy reply, the order found but unreadable", () => {
  it("names the order it found (the handle to settle it) when the listing shows it without a number", async () => {
    h.fake.faults.add(BUY, { kind: "reset-after" });
    h.server.use(
      http.get(at("/orders"), () =>
        HttpResponse.json({
          orders: [...h.fake.orders.values()].map((o) => ({
            order_id: o.order_id,
            service: "wa",
            country: 187,
            status: "pending",
            created_at: o.created_at,
          })),
        }),
      ),
    );
    const failure = await h.client.buy({ service: "whatsapp" }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(OutcomeUnknownError);
    const ids = [...h.fake.orders.values()].map((o) => o.order_id);
    expect(ids).toHaveLength(1);
    expect((failure as OutcomeUnknownError).known).toMatchObject({ candidates: ids });
    expect(h.fake.wallet.charges()).toBe(1);
  });
});
