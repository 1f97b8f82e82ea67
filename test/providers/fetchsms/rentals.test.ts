import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import { OrderStateError, UnsupportedError, ValidationError } from "../../../src/core/errors.js";
import type { Rental } from "../../../src/core/model.js";
import { RENTAL } from "./fixtures.js";
import { useFetchSmsFake } from "./setup.js";

const t = useFetchSmsFake();
const DAY = 86_400_000;

describe("fetchsms rentals", () => {
  it("rents unlimited-services by default and reads the number into E.164", async () => {
    const before = Date.now();
    const rental = await t.client().rent({ days: 30 });
    expect((await t.bodies()).find((s) => s.path === "/v1/rentals")?.body).toEqual({
      service: "unlimited-services",
      days: 30,
    });
    expect(rental).toMatchObject({
      provider: "fetchsms",
      country: "US",
      service: "unlimited-services",
      status: "active",
      autoRenew: null,
      price: { amount: 2500, currency: "USD" },
      messages: [],
    });
    expect(rental.number).toMatch(/^\+1415555\d{4}$/);
    expect(Date.parse(rental.expiresAt!) - before).toBeGreaterThanOrEqual(30 * DAY - 1_000);
    expect(t.fake.wallet.charges()).toBe(1);
  });

  it("serves a rental for a named service with the all-services rental; sends 1 as the id", async () => {
    await t.client().rent({ days: 7, service: "discord" });
    await t.client().rent({ days: 7, service: "1" });
    const bodies = (await t.bodies()).filter((s) => s.path === "/v1/rentals").map((s) => s.body);
    expect(bodies).toEqual([
      { service: "unlimited-services", days: 7 },
      { service: 1, days: 7 },
    ]);
  });

  it("takes an area code when called on the provider directly", async () => {
    const rental = await t.fake.provider().rent({
      days: 1,
      areaCode: "929",
      country: null,
      service: null,
      autoRenew: null,
      numberType: null,
      idempotencyKey: null,
    });
    expect(rental.number).toMatch(/^\+1929/);
    expect(rental.price).toEqual({ amount: 200, currency: "USD" });
    await expect(
      t.fake.provider().rent({
        days: 1,
        areaCode: "9x9",
        country: null,
        service: null,
        autoRenew: null,
        numberType: null,
        idempotencyKey: null,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
  });

  it("refuses an unsold period, a VoIP number and auto-renewal before any request", async () => {
    const c = t.client();
    const err = await c.rent({ days: 14 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).allowed).toEqual([1, 7, 30, 90, 365]);
    await expect(c.rent({ days: 30, numberType: "voip" })).rejects.toBeInstanceOf(UnsupportedError);
    await expect(c.rent({ days: 30, autoRenew: true })).rejects.toBeInstanceOf(UnsupportedError);
    expect(t.fake.faults.requests).toHaveLength(0);
  });

  it("inbox: every message with sender and body, newest first, codes as typed", async () => {
    const c = t.client();
    const rental = await c.rent({ days: 30 });
    t.fake.deliver(rental.id, "Your Discord code is 662190", "Discord");
    t.fake.deliver(rental.id, "WhatsApp code 821-193", "WhatsApp");
    const inbox = await c.inbox(JSON.parse(JSON.stringify(rental)) as Rental);
    expect(inbox.map((m) => [m.from, m.code])).toEqual([
      ["WhatsApp", "821193"],
      ["Discord", "662190"],
    ]);
    expect(inbox[0]?.text).toBe("WhatsApp code 821-193");
  });

  it("getRental: status, expiry and the inbox; a rental that received codes is still active", async () => {
    const c = t.client();
    const rental = await c.rent({ days: 1 });
    t.fake.deliver(rental.id, "Your Discord code is 662190", "Discord");
    const fresh = await c.getRental(rental);
    expect(fresh.status).toBe("active");
    expect(fresh.messages.map((m) => m.code)).toEqual(["662190"]);
  });

  it("inboxSince tracks message ids, since last_code may be an old code", async () => {
    const provider = t.fake.provider();
    const rental = await t.client().rent({ days: 30 });
    t.fake.deliver(rental.id, "Discord code 111222", "Discord");
    const first = await provider.inbox(rental);
    t.fake.deliver(rental.id, "Discord code 111222", "Discord");
    const fresh = await provider.inboxSince(
      rental,
      first.map((m) => m.id!),
    );
    expect(fresh).toHaveLength(1);
    expect(fresh[0]?.id).not.toBe(first[0]?.id);
    expect(fresh[0]?.code).toBe("111222");
  });

  it("renews by the days asked for, or one day by default; each is charged", async () => {
    const c = t.client();
    const rental = await c.rent({ days: 7 });
    const once = await c.renew(rental);
    expect(Date.parse(once.expiresAt!) - Date.parse(rental.expiresAt!)).toBe(DAY);
    expect((await t.bodies()).at(-1)).toEqual({
      method: "POST",
      path: `/v1/rentals/${rental.id}/extend`,
      body: { days: 1 },
    });
    const twice = await c.renew(once, { days: 90 });
    expect(Date.parse(twice.expiresAt!) - Date.parse(once.expiresAt!)).toBe(90 * DAY);
    expect(twice.price).toEqual({ amount: 700 + 150 + 6900, currency: "USD" });
    expect(t.fake.wallet.charges()).toBe(3);
    await expect(c.renew(twice, { days: 2 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("cancels within 15 minutes and before any code, refunding the cost", async () => {
    const c = t.client();
    const start = t.fake.wallet.balance;
    const rental = await c.rent({ days: 30 });
    t.fake.advance(10 * 60_000);
    const { rental: cancelled, refunded } = await c.cancelRental(rental);
    expect(cancelled.status).toBe("cancelled");
    expect(refunded).toEqual({ amount: 2500, currency: "USD" });
    expect(t.fake.wallet.balance).toBe(start);
  });

  it("refuses to cancel after 15 minutes or after a code (409 -> OrderStateError), refunding nothing", async () => {
    const c = t.client();
    const late = await c.rent({ days: 30 });
    const coded = await c.rent({ days: 1 });
    t.fake.deliver(coded.id, "code 303030", "Discord");
    await expect(c.cancelRental(coded)).rejects.toBeInstanceOf(OrderStateError);
    t.fake.advance(16 * 60_000);
    await expect(c.cancelRental(late)).rejects.toBeInstanceOf(OrderStateError);
    expect(t.fake.wallet.ledger.filter((e) => e.kind === "refund")).toHaveLength(0);
  });

  it("a cancel reply saying refunded: false gives refunded null", async () => {
    const c = t.client();
    const rental = await c.rent({ days: 30 });
    t.server.use(
      http.post(t.url("/rentals/:id/cancel"), () =>
        HttpResponse.json({ ...RENTAL, id: rental.id, status: "cancelled", refunded: false }),
      ),
    );
    const { rental: cancelled, refunded } = await c.cancelRental(rental);
    expect(refunded).toBeNull();
    expect(cancelled.status).toBe("cancelled");
  });

  it("shows an expired rental as expired and lists it in history", async () => {
    const c = t.client();
    const provider = t.fake.provider();
    const rental = await c.rent({ days: 1 });
    const kept = await c.rent({ days: 7 });
    t.fake.advance(2 * DAY);
    expect((await c.getRental(rental)).status).toBe("expired");
    expect((await provider.listRentals({ tab: "history" })).map((r) => r.id)).toEqual([rental.id]);
    const active = await provider.listRentals({ tab: "active", limit: 5 });
    expect(active.map((r) => r.id)).toEqual([kept.id]);
    expect(t.fake.faults.requests.at(-1)?.path).toBe("/v1/rentals?tab=active&limit=5");
    await expect(c.renew(rental, { days: 1 })).rejects.toBeInstanceOf(OrderStateError);
    await expect(provider.listRentals({ limit: 0 })).rejects.toBeInstanceOf(ValidationError);
  });

  it("no stock for rentals -> OutOfStockError without a charge", async () => {
    t.fake.setStock(0);
    await expect(t.client().rent({ days: 30 })).rejects.toMatchObject({ code: "out_of_stock" });
    expect(t.fake.wallet.charges()).toBe(0);
  });
});
