/** US number rentals against the stateful fake. */
import { HttpResponse, http } from "msw";
import { describe, expect, it } from "vitest";
import {
  InsufficientBalanceError,
  OutOfStockError,
  UnsupportedError,
  ValidationError,
} from "../../../src/core/errors.js";
import { count, lastBody, roundTrip, usd, useNumpoolFake } from "./harness.js";

const h = useNumpoolFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
const DAY_MS = 86_400_000;

describe("numpool rentals", () => {
  it("rents a US number for 7 days, charged once", async () => {
    const rental = await h.client.rent({ service: "discord", days: 7 });
    expect(await lastBody(h, "POST", /\/rentals$/)).toEqual({ service: "discord", duration: "sevenDay" });
    expect(rental).toMatchObject({
      provider: "numpool",
      country: "US",
      service: "discord",
      status: "active",
      autoRenew: false,
      price: usd(450),
      messages: [],
    });
    expect(rental.number).toMatch(/^\+1332555\d{4}$/);
    expect(Date.parse(rental.expiresAt!) - Date.now()).toBeGreaterThan(7 * DAY_MS - 60_000);
    expect(h.fake.wallet.ledger).toEqual([{ kind: "charge", amount: 450, ref: rental.id }]);
  });

  it.each([
    [1, "oneDay"],
    [3, "threeDay"],
    [14, "fourteenDay"],
    [30, "thirtyDay"],
  ])("sends %i days as %s", async (days, duration) => {
    await h.client.rent({ service: "telegram", days });
    expect(await lastBody(h, "POST", /\/rentals$/)).toEqual({ service: "telegram", duration });
  });

  it("turns a verification code (ds) into the rental service name", async () => {
    await h.client.rent({ service: "ds", days: 1, country: "US" });
    expect(await lastBody(h, "POST", /\/rentals$/)).toEqual({ service: "discord", duration: "oneDay" });
  });

  it("reads the inbox newest first and a fresh look at the rental", async () => {
    const rental = await h.client.rent({ service: "discord", days: 7 });
    h.fake.deliver(rental.id, "Your Discord code is 111111");
    await new Promise((resolve) => setTimeout(resolve, 5));
    h.fake.deliver(rental.id, "Your Discord code is 222-222", "Discord");
    const inbox = await h.client.inbox(roundTrip(rental));
    expect(inbox.map((m) => [m.code, m.from])).toEqual([
      ["222222", "Discord"],
      ["111111", "Discord"],
    ]);
    expect(inbox[0]?.text).toBe("Your Discord code is 222-222");
    expect(Date.parse(inbox[0]!.receivedAt!)).toBeGreaterThan(Date.parse(inbox[1]!.receivedAt!));

    const fresh = await h.client.getRental(roundTrip(rental));
    expect(fresh).toMatchObject({ id: rental.id, status: "active", number: rental.number, price: usd(450) });
    expect(fresh.messages).toEqual(inbox);
    expect(count(h, "GET", /\/rentals$/)).toBe(1);
  });

  it("sees a rental expire", async () => {
    const rental = await h.client.rent({ service: "discord", days: 1 });
    h.fake.expireRental(rental.id);
    expect((await h.client.getRental(rental)).status).toBe("expired");
  });

  it("keeps what it knew of a rental the list does not show, with the inbox's messages", async () => {
    const rental = await h.client.rent({ service: "discord", days: 1 });
    h.fake.deliver(rental.id, "Your code is 5555");
    h.server.use(http.get(at("/rentals"), () => HttpResponse.json({ rentals: [] })));
    const fresh = await h.client.getRental(rental);
    expect(fresh).toMatchObject({ id: rental.id, status: "active", expiresAt: rental.expiresAt });
    expect(fresh.messages.map((m) => m.code)).toEqual(["5555"]);
    const lapsed = await h.client.getRental({
      ...rental,
      expiresAt: new Date(Date.now() - 1_000).toISOString(),
    });
    expect(lapsed.status).toBe("expired");
  });

  it("lists the account's rentals", async () => {
    const a = await h.client.rent({ service: "discord", days: 1 });
    const b = await h.client.rent({ service: "google", days: 30 });
    const list = await h.provider.listRentals();
    expect(list.map((r) => [r.id, r.service, r.price?.amount])).toEqual([
      [b.id, "google", 1290],
      [a.id, "discord", 120],
    ]);
  });

  it("refuses locally what NumPool cannot rent, before any request", async () => {
    const cases: [Parameters<typeof h.client.rent>[0], string][] = [
      [{ service: "discord", days: 7, country: "GB" }, "country"],
      [{ days: 7 }, "service"],
      [{ service: "discord", days: 2 }, "days"],
      [{ service: "discord", days: 7, autoRenew: true }, "autoRenew"],
      [{ service: "discord", days: 7, numberType: "non_voip" }, "numberType"],
    ];
    for (const [input, field] of cases) {
      const failure = await h.client.rent(input).catch((e: unknown) => e);
      expect(failure).toBeInstanceOf(ValidationError);
      expect((failure as ValidationError).field).toBe(field);
    }
    const days = (await h.client
      .rent({ service: "discord", days: 2 })
      .catch((e: unknown) => e)) as ValidationError;
    expect(days.allowed).toEqual([1, 3, 7, 14, 30]);
    expect(h.sent).toEqual([]);
  });

  it("has no renew and no rental cancel (non-refundable)", async () => {
    const rental = await h.client.rent({ service: "discord", days: 1 });
    await expect(h.client.renew(rental)).rejects.toBeInstanceOf(UnsupportedError);
    await expect(h.client.cancelRental(rental)).rejects.toBeInstanceOf(UnsupportedError);
    expect(h.sent.length).toBe(1);
  });

  it("maps no stock and an empty wallet", async () => {
    h.fake.wallet.balance = 100;
    await expect(h.client.rent({ service: "discord", days: 7 })).rejects.toBeInstanceOf(
      InsufficientBalanceError,
    );
    h.fake.setStock(0);
    await expect(h.client.rent({ service: "discord", days: 1 })).rejects.toBeInstanceOf(OutOfStockError);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("lists rental services and prices", async () => {
    expect((await h.provider.rentalServices()).map((s) => s.service)).toEqual([
      "discord",
      "whatsapp",
      "telegram",
      "google",
    ]);
    const prices = await h.provider.rentalPrices("ds");
    expect(h.sent.at(-1)?.path).toBe("/api/v1/rentals/prices?service=discord");
    expect(prices.map((p) => [p.days, p.price.amount])).toEqual([
      [1, 120],
      [3, 240],
      [7, 450],
      [14, 790],
      [30, 1290],
    ]);
    await expect(h.provider.rentalPrices(" ")).rejects.toBeInstanceOf(ValidationError);
    await expect(h.provider.rentalPrices("myspace")).rejects.toBeInstanceOf(ValidationError);
  });
});
