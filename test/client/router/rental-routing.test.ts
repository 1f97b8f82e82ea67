/**
 * Rentals over several providers, priced by each adapter's `rentalOffers` against the provider fakes:
 * a 30-day US number costs $4.99 (VoIP) or $9.99 (non-VoIP) at Temp Number, $25 at FetchSMS and $49 at
 * Numariq (its published tier).
 */
import { describe, expect, it } from "vitest";
import { createClient } from "../../../src/client/client.js";
import { sandbox } from "../../../src/providers/sandbox/index.js";
import { useRouterFakes } from "./fakes.js";

const f = useRouterFakes();

const providers = () => [f.numariq.provider(), f.fetchsms.provider(), f.tempnumber.provider()];
const charged = () => ({
  numariq: f.numariq.wallet.ledger.map((e) => e.amount),
  fetchsms: f.fetchsms.wallet.ledger.map((e) => e.amount),
  tempnumber: f.tempnumber.wallet.ledger.map((e) => e.amount),
});

describe("rentals across providers", () => {
  it("quote ranks every provider's rental offers cheapest first, buying nothing", async () => {
    const client = createClient({ providers: providers() });
    const quote = await client.quote({ kind: "rental", country: "US", days: 30 });
    expect(
      quote.offers.map((o) => [o.provider, o.price?.amount, o.kind === "rental" ? o.numberType : "?"]),
    ).toEqual([
      ["tempnumber", 499, "voip"],
      ["tempnumber", 999, "non_voip"],
      ["fetchsms", 2500, "non_voip"],
      ["numariq", 4900, "non_voip"],
    ]);
    expect(quote.failures).toEqual([]);
    expect(charged()).toEqual({ numariq: [], fetchsms: [], tempnumber: [] });
  });

  it("rent buys from the cheapest offer fitting the number type", async () => {
    const client = createClient({ providers: providers() });
    const rental = await client.rent({ country: "US", days: 30, numberType: "non_voip" });
    expect(rental.provider).toBe("tempnumber");
    expect(charged()).toEqual({ numariq: [], fetchsms: [], tempnumber: [999] });
  });

  it("rent leaves out a provider whose catalog lists no such rental now", async () => {
    f.tempnumber.setStock(0, "US");
    const client = createClient({ providers: providers() });
    const rental = await client.rent({ country: "US", days: 7 });
    expect(rental.provider).toBe("fetchsms");
    expect(charged()).toEqual({ numariq: [], fetchsms: [700], tempnumber: [] });
  });

  it("a provider that prices rentals per service is reported, not guessed, when none is named", async () => {
    const client = createClient({ providers: [f.numpool.provider(), f.numariq.provider()] });
    const quote = await client.quote({ kind: "rental", days: 7 });
    expect(quote.offers.map((o) => [o.provider, o.price?.amount])).toEqual([["numariq", 2900]]);
    expect(quote.failures.map((f) => [f.provider, f.error.code])).toEqual([["numpool", "invalid_request"]]);
    const named = await client.quote({ kind: "rental", days: 7, service: "discord" });
    expect(named.offers.map((o) => [o.provider, o.service, o.price?.amount])).toEqual([
      ["numpool", "discord", 450],
      ["numariq", null, 2900],
    ]);
  });
});

describe("rentals priced in two currencies (JuicySMS in EUR, the sandbox in USD)", () => {
  // A 30-day number in GB: EUR 15.00 at JuicySMS (its published package), $15.00 at the sandbox.
  const both = (rates?: { EUR: number }) =>
    createClient({
      providers: [f.juicysms.provider(), sandbox({ seed: 3, balance: 5_000 })],
      ...(rates ? { rates } : {}),
    });

  it("without a rate, the EUR offer is never compared: it ranks after the USD one, and rent goes to USD", async () => {
    const client = both();
    const quote = await client.quote({ kind: "rental", country: "GB", days: 30 });
    expect(quote.offers.map((o) => [o.provider, o.price?.amount, o.price?.currency])).toEqual([
      ["sandbox", 1500, "USD"],
      ["juicysms", 1500, "EUR"],
    ]);
    expect((await client.rent({ country: "GB", days: 30 })).provider).toBe("sandbox");
    expect(f.juicysms.wallet.charges()).toBe(0);
  });

  it("with a rate, the prices are compared through it", async () => {
    // At $0.90 a euro, EUR 15.00 is $13.50: cheaper than $15.00.
    const cheapEuro = both({ EUR: 0.9 });
    expect((await cheapEuro.quote({ kind: "rental", country: "GB", days: 30 })).offers[0]?.provider).toBe(
      "juicysms",
    );
    expect((await cheapEuro.rent({ country: "GB", days: 30 })).provider).toBe("juicysms");
    // At $1.10 a euro, EUR 15.00 is $16.50: dearer.
    const dearEuro = both({ EUR: 1.1 });
    expect((await dearEuro.quote({ kind: "rental", country: "GB", days: 30 })).offers[0]?.provider).toBe(
      "sandbox",
    );
  });
});
