/** The number lifecycle against the stateful fake, through the public client. */
import { describe, expect, it } from "vitest";
import {
  NotFoundError,
  OrderStateError,
  UnsupportedError,
  ValidationError,
} from "../../../src/core/errors.js";
import type { Rental } from "../../../src/core/model.js";
import { BUY, requestsTo, useTempNumberFake } from "./harness.js";

const h = useTempNumberFake();
const MINUTE = 60_000;

describe("tempnumber rentals", () => {
  it("rents a number, charging the package price, and reads its SMS newest first with codes", async () => {
    const before = h.fake.wallet.balance;
    const rental = await h.client.rent({ country: "US", days: 30 });
    expect(rental).toMatchObject({
      provider: "tempnumber",
      country: "US",
      status: "active",
      autoRenew: null,
      price: { amount: 499, currency: "USD" },
    });
    expect(rental.number).toMatch(/^\+1403555\d{4}$/);
    expect(before - h.fake.wallet.balance).toBe(499);

    h.fake.deliver(rental.id, "Your WhatsApp code: 558-213", "WhatsApp");
    h.fake.advance(1_000);
    h.fake.deliver(rental.id, "G-771203 is your Google verification code.", "Google");
    const inbox = await h.client.inbox(rental);
    expect(inbox.map((m) => [m.from, m.code])).toEqual([
      ["Google", "771203"],
      ["WhatsApp", "558213"],
    ]);
    const fresh = await h.client.getRental(rental);
    expect(fresh.messages).toEqual(inbox);
    expect(fresh.expiresAt).toBe(rental.expiresAt);
  });

  it("sells each documented period and sends its duration key", async () => {
    for (const [days, duration, cents] of [
      [90, "threeMonths", 1299],
      [180, "sixMonths", 2299],
      [365, "oneYear", 3999],
    ] as const) {
      const rental = await h.client.rent({ country: "US", days });
      expect(await requestsTo(h, "POST", BUY).at(-1)!.body).toEqual({ country_code: "US", duration });
      expect(rental.price).toEqual({ amount: cents, currency: "USD" });
    }
  });

  it("rents the non-VoIP type when asked", async () => {
    const rental = await h.client.rent({ country: "US", days: 30, numberType: "non_voip" });
    expect(rental.price).toEqual({ amount: 999, currency: "USD" });
  });

  it("keeps a requested service on the rental as a hint, without sending it", async () => {
    const rental = await h.client.rent({ country: "US", days: 30, service: "discord" });
    expect(rental.service).toBe("discord");
    expect(await requestsTo(h, "POST", BUY)[0]!.body).toEqual({ country_code: "US", duration: "oneMonth" });
  });

  it("refuses, before any request, a rental without a country, an unsold period, auto-renew", async () => {
    await expect(h.client.rent({ days: 30 })).rejects.toMatchObject({
      name: "ValidationError",
      field: "country",
    });
    const period = await h.client.rent({ country: "US", days: 7 }).catch((e: unknown) => e);
    expect(period).toBeInstanceOf(ValidationError);
    expect((period as ValidationError).allowed).toEqual([30, 90, 180, 365]);
    await expect(
      h.provider.rent({
        country: "US",
        service: null,
        days: 31,
        autoRenew: null,
        numberType: null,
        idempotencyKey: null,
      }),
    ).rejects.toBeInstanceOf(ValidationError);
    await expect(h.client.rent({ country: "US", days: 30, autoRenew: true })).rejects.toBeInstanceOf(
      UnsupportedError,
    );
    expect(h.sent).toHaveLength(0);
  });

  it("renews from the current expiry, charging the renewal, one month by default", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    const renewed = await h.client.renew(rental);
    expect(await requestsTo(h, "POST", /\/renew$/)[0]!.body).toEqual({ package: "oneMonth" });
    expect(renewed.id).toBe(rental.id);
    expect(renewed.country).toBe("US");
    expect(renewed.price).toEqual({ amount: 499, currency: "USD" });
    const months = (iso: string) => new Date(iso).getUTCFullYear() * 12 + new Date(iso).getUTCMonth();
    expect(months(renewed.expiresAt!) - months(rental.expiresAt!)).toBe(1);

    const longer = await h.client.renew(renewed, { days: 365 });
    expect(months(longer.expiresAt!) - months(renewed.expiresAt!)).toBe(12);
    expect(h.fake.wallet.charges()).toBe(3);
  });

  it("refuses to renew a cancelled number (OrderStateError) and an unsold period locally", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    await h.client.cancelRental(rental);
    await expect(h.client.renew(rental)).rejects.toBeInstanceOf(OrderStateError);
    const sent = h.sent.length;
    await expect(h.client.renew(rental, { days: 14 })).rejects.toBeInstanceOf(ValidationError);
    expect(h.sent).toHaveLength(sent);
  });

  it("refunds a cancel within 120 minutes with no SMS, in full", async () => {
    const before = h.fake.wallet.balance;
    const rental = await h.client.rent({ country: "US", days: 30 });
    h.fake.advance(119 * MINUTE);
    const { rental: cancelled, refunded } = await h.client.cancelRental(rental);
    expect(cancelled.status).toBe("cancelled");
    expect(cancelled.number).toBe(rental.number);
    expect(refunded).toEqual({ amount: 499, currency: "USD" });
    expect(h.fake.wallet.balance).toBe(before);
  });

  it("releases without a refund after 120 minutes", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    const paid = h.fake.wallet.balance;
    h.fake.advance(121 * MINUTE);
    const { rental: cancelled, refunded } = await h.client.cancelRental(rental);
    expect(cancelled.status).toBe("cancelled");
    expect(refunded).toBeNull();
    expect(h.fake.wallet.balance).toBe(paid);
  });

  it("releases without a refund once an SMS arrived, and receives nothing after", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    h.fake.deliver(rental.id, "Your code is 1234");
    const { refunded } = await h.client.cancelRental(rental);
    expect(refunded).toBeNull();
    h.fake.deliver(rental.id, "Your code is 9999");
    expect((await h.client.inbox(rental)).map((m) => m.code)).toEqual(["1234"]);
    expect((await h.client.getRental(rental)).status).toBe("cancelled");
  });

  it("answers a second cancel with OrderStateError, and an unknown id with NotFoundError", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    await h.client.cancelRental(rental);
    await expect(h.client.cancelRental(rental)).rejects.toBeInstanceOf(OrderStateError);
    const stranger: Rental = { ...rental, id: "987654321" };
    await expect(h.client.getRental(stranger)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.renew(stranger)).rejects.toBeInstanceOf(NotFoundError);
    await expect(h.client.cancelRental(stranger)).rejects.toBeInstanceOf(NotFoundError);
    expect(h.fake.wallet.charges()).toBe(1);
  });

  it("shows an expired number as expired and refuses to cancel it", async () => {
    const rental = await h.client.rent({ country: "US", days: 30 });
    h.fake.expire(rental.id);
    expect((await h.client.getRental(rental)).status).toBe("expired");
    await expect(h.client.cancelRental(rental)).rejects.toBeInstanceOf(OrderStateError);
  });

  it("accepts a rental back after a JSON round trip", async () => {
    const rental = await h.client.rent({ country: "GB", days: 30 });
    expect(rental.number).toMatch(/^\+44770090\d{4}$/);
    h.fake.deliver(rental.id, "Telegram code 40931");
    const revived = JSON.parse(JSON.stringify(rental)) as Rental;
    expect((await h.client.getRental(revived)).messages[0]?.code).toBe("40931");
    expect((await h.client.renew(revived)).id).toBe(rental.id);
    expect((await h.client.cancelRental(revived)).rental.status).toBe("cancelled");
  });

  it("keeps an unknown number status in providerStatus and reads it as active", async () => {
    const { HttpResponse, http } = await import("msw");
    h.server.use(
      http.get(`${h.fake.baseUrl}/numbers`, () =>
        HttpResponse.json({
          success: true,
          data: [
            {
              id: 7,
              phone_number: "+14035550001",
              country_code: "US",
              status: "suspended",
              expire_date: null,
            },
          ],
        }),
      ),
    );
    const [rental] = await h.provider.listNumbers();
    expect(rental).toMatchObject({ id: "7", status: "active", providerStatus: "suspended", expiresAt: null });
  });
});
