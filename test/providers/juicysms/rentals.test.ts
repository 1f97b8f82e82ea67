/** Long-term rentals against the stateful fake: rent, view / inbox, extend, edit. */
import { describe, expect, it } from "vitest";
import {
  InsufficientBalanceError,
  NotFoundError,
  OrderStateError,
  OutOfStockError,
  UnsupportedError,
  ValidationError,
} from "../../../src/core/errors.js";
import type { Rental } from "../../../src/core/model.js";
import { count, last, rejection, useJuicySmsFake } from "./harness.js";

const h = useJuicySmsFake();
const DAY = 86_400_000;
const revive = (rental: Rental) => JSON.parse(JSON.stringify(rental)) as Rental;

describe("juicysms rent", () => {
  it("rents a UK number for 1m: params in the query string, EUR price, auto-renewing by default", async () => {
    const rental = await h.client.rent({ country: "GB", days: 30 });
    const sent = last(h, "/api/rental/new");
    expect(sent.method).toBe("POST");
    expect(sent.query).toEqual({ country: "UK", package: "1m", key: h.fake.apiKey });
    expect(await sent.body).toBe("");
    expect(rental).toMatchObject({
      provider: "juicysms",
      country: "GB",
      service: null,
      status: "active",
      autoRenew: true,
      price: { amount: 1500, currency: "EUR" },
      messages: [],
    });
    expect(rental.number).toMatch(/^\+447684\d{6}$/);
    const days = (Date.parse(rental.expiresAt!) - Date.now()) / DAY;
    expect(days).toBeGreaterThan(27);
    expect(days).toBeLessThan(32);
    expect(h.fake.wallet.ledger).toEqual([{ kind: "charge", amount: 1500, ref: `rental-${rental.id}` }]);
  });

  it.each([
    [90, "3m", 3000],
    [180, "6m", 5000],
    [365, "1y", 7000],
  ])("maps %i days to package %s (EUR %i cents)", async (days, pkg, cents) => {
    const rental = await h.client.rent({ country: "NL", days });
    expect(last(h, "/api/rental/new").query.package).toBe(pkg);
    expect(rental.price).toEqual({ amount: cents, currency: "EUR" });
    expect(rental.number).toMatch(/^\+316\d{8}$/);
  });

  it("sends auto_renew only when asked, and NL when no country is given", async () => {
    const rental = await h.client.rent({ days: 30, autoRenew: false });
    expect(last(h, "/api/rental/new").query).toEqual({
      country: "NL",
      package: "1m",
      auto_renew: "false",
      key: h.fake.apiKey,
    });
    expect(rental).toMatchObject({ country: "NL", autoRenew: false });
  });

  it("refuses US rentals and unsold periods before any request, naming what is sold", async () => {
    const us = (await rejection(h.client.rent({ country: "US", days: 30 }))) as ValidationError;
    expect(us).toBeInstanceOf(ValidationError);
    expect(us.allowed).toEqual(["NL", "GB"]);
    const week = (await rejection(h.client.rent({ country: "GB", days: 7 }))) as ValidationError;
    expect(week.allowed).toEqual([30, 90, 180, 365]);
    const direct = (await rejection(
      h.provider.rent({
        country: "GB",
        service: null,
        days: 31,
        autoRenew: null,
        numberType: null,
        idempotencyKey: null,
      }),
    )) as ValidationError;
    expect(direct.field).toBe("days");
    expect(h.sent).toHaveLength(0);
  });

  it("maps NO_STOCK and NO_BALANCE, charging nothing", async () => {
    h.fake.setStock(0, "rental");
    expect(await rejection(h.client.rent({ days: 30 }))).toBeInstanceOf(OutOfStockError);
    h.fake.setStock(5, "rental");
    h.fake.wallet.balance = 1_000;
    expect(await rejection(h.client.rent({ days: 30 }))).toBeInstanceOf(InsufficientBalanceError);
    expect(h.fake.wallet.charges()).toBe(0);
  });

  it("has no rental cancel endpoint: UnsupportedError before any request", async () => {
    const rental = await h.client.rent({ days: 30 });
    const before = h.sent.length;
    expect(await rejection(h.client.cancelRental(rental))).toBeInstanceOf(UnsupportedError);
    expect(h.sent.length).toBe(before);
  });
});

describe("juicysms rental view and inbox", () => {
  it("lists received SMS newest first with their senders and codes", async () => {
    const rental = await h.client.rent({ country: "GB", days: 30 });
    h.fake.deliver(rental.id, "Your Uber code is 0183. Never share this code.", "Uber");
    h.fake.deliver(rental.id, "Your Discord code is 662190", "Discord");
    const inbox = await h.client.inbox(revive(rental));
    expect(inbox.map((m) => [m.from, m.code])).toEqual([
      ["Discord", "662190"],
      ["Uber", "0183"],
    ]);
    expect(inbox[0]!.id).not.toBe(inbox[1]!.id);
    const fresh = await h.client.getRental(revive(rental));
    expect(fresh).toEqual({ ...rental, messages: inbox });
    expect(last(h, "/api/rental/view").query).toEqual({ contract_id: rental.id, key: h.fake.apiKey });
  });

  it("shows a contract past its expiry as expired", async () => {
    const rental = await h.client.rent({ days: 30 });
    h.fake.expireRental(rental.id);
    expect((await h.client.getRental(rental)).status).toBe("expired");
  });

  it("reads an unknown contract as NotFoundError, a non-numeric one without asking", async () => {
    const rental = await h.client.rent({ days: 30 });
    const unknown = { ...rental, id: "987654321" };
    expect(await rejection(h.client.getRental(unknown))).toBeInstanceOf(NotFoundError);
    expect(await rejection(h.client.inbox(unknown))).toBeInstanceOf(NotFoundError);
    expect(await rejection(h.client.renew(unknown))).toBeInstanceOf(NotFoundError);
    expect(await rejection(h.provider.setAutoRenew(unknown, true))).toBeInstanceOf(NotFoundError);
    const before = h.sent.length;
    expect(await rejection(h.client.inbox({ ...rental, id: "r-1" }))).toBeInstanceOf(NotFoundError);
    expect(h.sent.length).toBe(before);
    expect(h.fake.wallet.charges()).toBe(1);
  });
});

describe("juicysms renew", () => {
  it("without days extends by the contract's renewal package, read first", async () => {
    const rental = await h.client.rent({ country: "GB", days: 90 });
    const renewed = await h.client.renew(revive(rental));
    expect(last(h, "/api/rental/extend").query).toEqual({
      contract_id: rental.id,
      package: "3m",
      key: h.fake.apiKey,
    });
    expect(h.sent.map((r) => r.path).slice(-2)).toEqual(["/api/rental/view", "/api/rental/extend"]);
    expect(renewed).toMatchObject({ id: rental.id, number: rental.number, status: "active" });
    expect(renewed.price).toEqual({ amount: 3000, currency: "EUR" });
    expect(Date.parse(renewed.expiresAt!) - Date.parse(rental.expiresAt!)).toBeGreaterThan(85 * DAY);
    expect(h.fake.wallet.charges()).toBe(2);
  });

  it("with days extends by that package, and keeps the inbox", async () => {
    const rental = await h.client.rent({ days: 30 });
    h.fake.deliver(rental.id, "code 5150", "Bank");
    const renewed = await h.client.renew(rental, { days: 365 });
    expect(last(h, "/api/rental/extend").query.package).toBe("1y");
    expect(renewed.price).toEqual({ amount: 7000, currency: "EUR" });
    expect(renewed.messages.map((m) => m.code)).toEqual(["5150"]);
    expect(h.fake.rental(rental.id)?.renewalPackage).toBe("1y");
  });

  it("refuses an unsold period before any request", async () => {
    const rental = await h.client.rent({ days: 30 });
    const before = h.sent.length;
    const error = (await rejection(
      h.provider.renew(rental, { days: 14, idempotencyKey: null }),
    )) as ValidationError;
    expect(error.allowed).toEqual([30, 90, 180, 365]);
    expect(h.sent.length).toBe(before);
  });

  it("maps NUMBER_EXPIRED to OrderStateError and charges nothing", async () => {
    const rental = await h.client.rent({ days: 30 });
    h.fake.expireRental(rental.id);
    const error = await rejection(h.client.renew(rental));
    expect(error).toBeInstanceOf(OrderStateError);
    expect((error as Error).message).toContain("NUMBER_EXPIRED");
    expect(h.fake.wallet.charges()).toBe(1);
  });
});

describe("juicysms setAutoRenew", () => {
  it("turns auto-renewal off and on", async () => {
    const rental = await h.client.rent({ days: 30 });
    const off = await h.provider.setAutoRenew(revive(rental), false);
    expect(off).toEqual({ ...rental, autoRenew: false });
    expect(h.fake.rental(rental.id)?.autoRenew).toBe(false);
    expect(last(h, "/api/rental/edit").query).toEqual({
      contract_id: rental.id,
      auto_renew: "false",
      key: h.fake.apiKey,
    });
    expect((await h.provider.setAutoRenew(off, true)).autoRenew).toBe(true);
    expect((await h.client.getRental(rental)).autoRenew).toBe(true);
  });

  it("refuses anything but a boolean before any request", async () => {
    const rental = await h.client.rent({ days: 30 });
    const before = h.sent.length;
    const error = await rejection(h.provider.setAutoRenew(rental, "no" as unknown as boolean));
    expect(error).toBeInstanceOf(ValidationError);
    expect(h.sent.length).toBe(before);
    expect(count(h, "POST", "/api/rental/edit")).toBe(0);
  });
});

describe("juicysms fake: rental parameters", () => {
  // JuicySMS does not say where POST parameters go; the fake reads query, form and JSON alike.
  it.each([
    ["a form body", { "content-type": "application/x-www-form-urlencoded" }, "country=UK&package=6m"],
    ["a JSON body", { "content-type": "application/json" }, JSON.stringify({ country: "UK", package: "6m" })],
  ])("accepts %s", async (_, headers, body) => {
    const url = `${h.fake.baseUrl}/rental/new?key=${h.fake.apiKey}`;
    const reply = await (await fetch(url, { method: "POST", headers, body })).json();
    expect(reply).toMatchObject({ success: true, package: "6m", country: "UK", auto_renew: "true" });
  });
});
