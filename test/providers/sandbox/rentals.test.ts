import { describe, expect, it } from "vitest";
import {
  InsufficientBalanceError,
  NotFoundError,
  OrderStateError,
  ValidationError,
} from "../../../src/core/errors.js";
import { DAY, MINUTE, START, setup } from "./setup.js";

const iso = (ms: number) => new Date(ms).toISOString();

describe("sandbox: rentals", () => {
  it("rents for a period, charges its price, and shows delivered SMS newest first", async () => {
    const { client, clock, provider } = setup({ balance: 10_000 });
    const rental = await client.rent({ days: 7, country: "GB", service: "telegram" });
    expect(rental).toMatchObject({
      provider: "sandbox",
      country: "GB",
      service: "telegram",
      status: "active",
      autoRenew: false,
      price: { amount: 500, currency: "USD" },
      expiresAt: iso(START + 7 * DAY),
      messages: [],
    });
    expect(rental.number).toMatch(/^\+447700900\d{3}$/);
    expect(await client.balance()).toEqual({ amount: 9500, currency: "USD" });

    provider.deliver(rental.number, "Telegram code: 51234");
    clock.advance(MINUTE);
    provider.deliver(rental, "Your Discord security code is: 998877", "Discord");
    const inbox = await client.inbox(rental);
    expect(inbox.map((m) => [m.code, m.from])).toEqual([
      ["998877", "Discord"],
      ["51234", "Telegram"],
    ]);
    expect((await client.getRental(rental)).messages).toEqual(inbox);
  });

  it("renews: extends the expiry by the period and charges it", async () => {
    const { client, provider } = setup({ balance: 10_000 });
    const rental = await client.rent({ days: 7 });
    const renewed = await client.renew(rental, { days: 30 });
    expect(renewed.expiresAt).toBe(iso(START + 37 * DAY));
    expect(renewed.price).toEqual({ amount: 1500, currency: "USD" });
    const again = await client.renew(renewed);
    expect(again.expiresAt).toBe(iso(START + 67 * DAY));
    expect(provider.ledger().map((e) => [e.kind, e.amount])).toEqual([
      ["charge", 500],
      ["charge", 1500],
      ["charge", 1500],
    ]);
  });

  it("de-duplicates rent and renew by idempotencyKey", async () => {
    const { client, provider } = setup({ balance: 10_000 });
    const a = await client.rent({ days: 1, idempotencyKey: "rent-1" });
    const b = await client.rent({ days: 1, idempotencyKey: "rent-1" });
    expect(b.id).toBe(a.id);
    const r1 = await client.renew(a, { days: 7, idempotencyKey: "renew-1" });
    const r2 = await client.renew(a, { days: 7, idempotencyKey: "renew-1" });
    expect(r2.expiresAt).toBe(r1.expiresAt);
    expect(r1.expiresAt).toBe(iso(START + 8 * DAY));
    expect(provider.ledger()).toHaveLength(2);
  });

  it("refunds a cancel within 15 minutes with no messages, and not otherwise", async () => {
    const { client, clock, provider } = setup({ balance: 10_000 });
    const quiet = await client.rent({ days: 7 });
    await client.renew(quiet, { days: 1 });
    clock.advance(14 * MINUTE);
    const cancelled = await client.cancelRental(quiet);
    expect(cancelled.rental.status).toBe("cancelled");
    expect(cancelled.refunded).toEqual({ amount: 650, currency: "USD" });
    await expect(client.cancelRental(quiet)).rejects.toThrow(OrderStateError);
    expect(() => provider.deliver(quiet, "123456")).toThrow(OrderStateError);

    const used = await client.rent({ days: 7 });
    provider.deliver(used, "Your code is 123456");
    expect((await client.cancelRental(used)).refunded).toBeNull();

    const late = await client.rent({ days: 7 });
    clock.advance(16 * MINUTE);
    const result = await client.cancelRental(late);
    expect(result).toMatchObject({ refunded: null, rental: { status: "cancelled" } });
    expect(await client.balance()).toEqual({ amount: 9000, currency: "USD" });
  });

  it("expires at the end of the period, and then cannot be renewed", async () => {
    const { client, clock } = setup();
    const rental = await client.rent({ days: 1 });
    clock.advance(DAY);
    const expired = await client.getRental(rental);
    expect(expired.status).toBe("expired");
    await expect(client.renew(expired)).rejects.toThrow(OrderStateError);
    await expect(client.cancelRental(expired)).rejects.toThrow(OrderStateError);
  });

  it("auto-renews from the wallet while it can pay, then expires", async () => {
    const { client, clock, provider } = setup({ balance: 450 });
    const rental = await client.rent({ days: 1, autoRenew: true });
    clock.advance(2 * DAY + 1);
    const renewed = await client.getRental(rental);
    expect(renewed).toMatchObject({ status: "active", expiresAt: iso(START + 3 * DAY) });
    expect(provider.ledger().map((e) => e.at)).toEqual([iso(START), iso(START + DAY), iso(START + 2 * DAY)]);
    clock.advance(DAY);
    expect((await client.getRental(rental)).status).toBe("expired");
    expect((await client.balance()).amount).toBe(0);
  });

  it("refuses periods it does not sell, wallets that cannot pay, and unknown rentals", async () => {
    const { client, provider } = setup();
    const error = await client.rent({ days: 14 }).catch((e) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.allowed).toEqual([1, 7, 30, 90]);
    await expect(client.rent({ days: 90 })).rejects.toThrow(InsufficientBalanceError);
    expect(provider.ledger()).toEqual([]);
    const rental = await client.rent({ days: 1 });
    await expect(client.inbox({ ...rental, id: "rnt_unknown" })).rejects.toThrow(NotFoundError);
    await expect(client.renew({ ...rental, id: "rnt_unknown" })).rejects.toThrow(NotFoundError);
  });
});
