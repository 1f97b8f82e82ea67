/** Rentals: orders of type "rental" bought through POST /numbers, read through GET /orders/:id. */
import { describe, expect, it } from "vitest";
import { OrderStateError, ValidationError } from "../../../src/core/errors.js";
import type { Rental } from "../../../src/core/model.js";
import { count, lastBody, useNumariqFake } from "./harness.js";

const h = useNumariqFake();
const DAY = 86_400_000;
const roundTrip = <T>(value: T): T => JSON.parse(JSON.stringify(value));
const daysFromNow = (iso: string | null) => Math.round((Date.parse(iso!) - Date.now()) / DAY);

describe("numariq rentals", () => {
  it("rents for the default 30-day tier, auto-renewing", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    expect(rental).toMatchObject({
      provider: "numariq",
      country: "US",
      service: null,
      status: "active",
      autoRenew: true,
      price: { amount: 4900, currency: "USD" },
      messages: [],
    });
    expect(rental.number).toMatch(/^\+1\d{10}$/);
    expect(daysFromNow(rental.expiresAt)).toBe(30);
    expect(h.fake.wallet.balance).toBe(10_000 - 4900);
  });

  it("rents 7 days without auto-renewal", async () => {
    const rental = await h.client.rent({ days: 7, autoRenew: false });
    expect(await lastBody(h, "POST", /\/numbers$/)).toMatchObject({ period_days: 7, renewable: false });
    expect(rental).toMatchObject({ autoRenew: false, price: { amount: 2900, currency: "USD" } });
    expect(daysFromNow(rental.expiresAt)).toBe(7);
  });

  it("refuses a period it does not sell before any request, naming 7, 30, 90", async () => {
    const error = await h.client.rent({ days: 14 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "days", allowed: [7, 30, 90] });
    const direct = h.provider.rent({
      country: null,
      service: null,
      days: 1,
      autoRenew: null,
      numberType: null,
      idempotencyKey: null,
    });
    await expect(direct).rejects.toMatchObject({ field: "days", allowed: [7, 30, 90] });
    expect(h.sent).toEqual([]);
  });

  it("refuses VoIP numbers (Numariq sells non-VoIP only) before any request", async () => {
    await expect(h.client.rent({ days: 30, numberType: "voip" })).rejects.toBeInstanceOf(ValidationError);
    expect(h.sent).toEqual([]);
    await expect(h.client.rent({ days: 30, numberType: "non_voip" })).resolves.toMatchObject({
      status: "active",
    });
  });

  it("reads the inbox newest first and the rental's state", async () => {
    const rental = await h.client.rent({ days: 30 });
    h.fake.deliver(rental.id, "Your Telegram code: 12345", "Telegram");
    h.fake.deliver(rental.id, "Your code is 558-213", "WhatsApp");
    const inbox = await h.client.inbox(roundTrip(rental));
    expect(inbox.map((m) => [m.from, m.code])).toEqual([
      ["WhatsApp", "558213"],
      ["Telegram", "12345"],
    ]);
    const fresh = await h.client.getRental(rental);
    expect(fresh).toMatchObject({ id: rental.id, status: "active", autoRenew: true, messages: inbox });
  });

  it("maps rental statuses: a finished period is expired, cancelled stays cancelled, unknown stays active", async () => {
    const rental = await h.client.rent({ days: 7 });
    h.fake.expire(rental.id);
    expect((await h.client.getRental(rental)).status).toBe("expired");

    const other = await h.client.rent({ days: 7 });
    h.fake.setStatus(other.id, "cancelled");
    expect((await h.client.getRental(other)).status).toBe("cancelled");
    h.fake.setStatus(other.id, "suspended");
    const unknown = await h.client.getRental(other);
    expect(unknown).toMatchObject({ status: "active", providerStatus: "suspended" });
  });

  it("renews for the rental's own period, then re-reads the new expiry", async () => {
    h.fake.wallet.balance = 50_000;
    const rental = await h.client.rent({ days: 30 });
    const renewed = await h.client.renew(roundTrip(rental));
    expect(daysFromNow(renewed.expiresAt)).toBe(60);
    expect(renewed).toMatchObject({ id: rental.id, status: "active", autoRenew: true });
    expect(h.fake.wallet.ledger.map((e) => e.amount)).toEqual([4900, 4900]);
    const again = await h.client.renew(renewed, { days: 30 });
    expect(daysFromNow(again.expiresAt)).toBe(90);
  });

  it("refuses renew days other than the rental's period before any request", async () => {
    const rental = await h.client.rent({ days: 7 });
    const error = await h.client.renew(rental, { days: 30 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ field: "days", allowed: [7] });
    // A rental that no longer records its period (raw dropped) cannot be renewed "for n days" either.
    const { raw: _raw, ...bare } = rental;
    await expect(h.client.renew(bare as Rental, { days: 7 })).rejects.toBeInstanceOf(ValidationError);
    expect(count(h, "POST", /\/renew$/)).toBe(0);
    await expect(h.client.renew(bare as Rental)).resolves.toMatchObject({ id: rental.id });
  });

  it("a rental bought without auto-renewal cannot be renewed", async () => {
    const rental = await h.client.rent({ days: 7, autoRenew: false });
    await expect(h.client.renew(rental)).rejects.toBeInstanceOf(OrderStateError);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("returns the renewed rental with an unknown expiry when the re-read fails, never an error inviting a second renewal", async () => {
    const rental = await h.client.rent({ days: 7 });
    // The read before the renewal goes through; every read after it fails.
    h.server.events.on("response:mocked", ({ request }) => {
      if (request.method === "POST" && request.url.endsWith("/renew")) {
        h.fake.faults.add({ method: "GET", path: /\/orders\// }, { kind: "status", status: 500 }, 3);
      }
    });
    const renewed = await h.client.renew(rental);
    h.server.events.removeAllListeners("response:mocked");
    expect(renewed).toMatchObject({ id: rental.id, status: "active", expiresAt: null });
    expect(h.fake.wallet.charges()).toBe(2);
    expect(daysFromNow(h.fake.order(rental.id)!.expires_at)).toBe(14);
  });
});
