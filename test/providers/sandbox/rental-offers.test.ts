/** Rental prices: the sandbox lists its four periods in each of its countries, in its wallet's currency. */
import { describe, expect, expectTypeOf, it } from "vitest";
import { ProviderError, ValidationError } from "../../../src/core/errors.js";
import type { Currency, RentalOffer } from "../../../src/core/model.js";
import type { CallOptions, RentalOffersRequest } from "../../../src/core/provider.js";
import type { SandboxProvider } from "../../../src/providers/sandbox/index.js";
import { setup } from "./setup.js";

const all: RentalOffersRequest = { country: null, service: null, days: null };
const PRICES: ReadonlyArray<readonly [number, number]> = [
  [1, 150],
  [7, 500],
  [30, 1500],
  [90, 3500],
];

const offersIn = (country: string, currency: Currency = "USD"): RentalOffer[] =>
  PRICES.map(([days, amount]) => ({
    provider: "sandbox",
    service: null,
    country,
    days,
    price: { amount, currency },
    stock: null,
    numberType: null,
  }));

describe("sandbox: rentalOffers", () => {
  it("is declared present on the adapter's own type", () => {
    expectTypeOf<SandboxProvider["rentalOffers"]>().toEqualTypeOf<
      (request: RentalOffersRequest, options?: CallOptions) => Promise<RentalOffer[]>
    >();
  });

  it("lists every period in every country, and charges nothing", async () => {
    const { provider } = setup();
    const offers = await provider.rentalOffers(all);
    expect(offers).toEqual(["US", "CA", "GB", "NL", "DE", "FR"].flatMap((c) => offersIn(c)));
    expect(offers.every((o) => provider.capabilities.rentalDays.includes(o.days))).toBe(true);
    expect(provider.ledger()).toEqual([]);
    expect((await provider.balance()).amount).toBe(1000);
  });

  it("filters by country and days; prices follow the currency option", async () => {
    const { provider } = setup({ currency: "EUR" });
    expect(await provider.rentalOffers({ ...all, country: "NL", days: 30 })).toEqual([
      offersIn("NL", "EUR")[2],
    ]);
    expect(await provider.rentalOffers({ ...all, country: "JP" })).toEqual([]);
    expect(await provider.rentalOffers({ ...all, days: 14 })).toEqual([]);
  });

  it("takes a service it sells (the offers stay for any sender) and refuses one it does not, as rent does", async () => {
    const { provider } = setup();
    expect(await provider.rentalOffers({ ...all, country: "US", service: "telegram" })).toEqual(
      offersIn("US"),
    );
    await expect(provider.rentalOffers({ ...all, service: "myspace" })).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it("follows the scenario: no stock when out of stock, a 503 when the provider fails", async () => {
    const { provider } = setup({ scenario: "out_of_stock" });
    expect((await provider.rentalOffers({ ...all, country: "US", days: 7 }))[0]?.stock).toBe(0);
    provider.setScenario("provider_error");
    await expect(provider.rentalOffers(all)).rejects.toBeInstanceOf(ProviderError);
  });

  it("quotes what a rental then costs", async () => {
    const { client, provider } = setup();
    const quote = await client.quote({ kind: "rental", country: "GB", days: 7 });
    expect(quote.offers).toEqual([{ ...offersIn("GB")[1], kind: "rental" }]);
    await client.rent({ country: "GB", days: 7 });
    expect(provider.ledger().map((e) => [e.kind, e.amount])).toEqual([["charge", 500]]);
  });
});
