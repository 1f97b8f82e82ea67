/**
 * Rental prices: JuicySMS has no call that quotes rentals; its `rental/new` reference prints the package
 * list (`1m (1 Month, €15), 3m (3 Months, €30), 6m (6 Months, €50), 1y (1 Year, €70)`) and the
 * countries (`NL/UK`). `rentalOffers` is that list, answered without a request.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { RentalOffer } from "../../../src/core/model.js";
import type { CallOptions, RentalOffersRequest } from "../../../src/core/provider.js";
import type { JuicySmsProvider } from "../../../src/providers/juicysms/index.js";
import { useJuicySmsFake } from "./harness.js";

const h = useJuicySmsFake();
const all: RentalOffersRequest = { country: null, service: null, days: null };

/** The documented packages: 1 month is read as 30 days, a year as 365. */
const packages: ReadonlyArray<readonly [days: number, euroCents: number]> = [
  [30, 1500],
  [90, 3000],
  [180, 5000],
  [365, 7000],
];
const offersIn = (country: string): RentalOffer[] =>
  packages.map(([days, cents]) => ({
    provider: "juicysms",
    service: null,
    country,
    days,
    price: { amount: cents, currency: "EUR" },
    stock: null,
    numberType: null,
  }));

describe("juicysms rentalOffers", () => {
  it("is declared present on the adapter's own type", () => {
    expectTypeOf<JuicySmsProvider["rentalOffers"]>().toEqualTypeOf<
      (request: RentalOffersRequest, options?: CallOptions) => Promise<RentalOffer[]>
    >();
  });

  it("lists the four EUR packages in NL and in GB (UK on the wire), without a request", async () => {
    expect(await h.provider.rentalOffers(all)).toEqual([...offersIn("NL"), ...offersIn("GB")]);
    // Rentals take no service: naming one narrows nothing.
    expect(await h.provider.rentalOffers({ ...all, service: "telegram" })).toHaveLength(8);
    expect(h.sent).toHaveLength(0);
  });

  it("filters by country and days; verification-only countries have no rentals", async () => {
    expect(await h.provider.rentalOffers({ ...all, country: "GB", days: 90 })).toEqual([offersIn("GB")[1]]);
    expect(await h.provider.rentalOffers({ ...all, country: "US" })).toEqual([]);
    expect(await h.provider.rentalOffers({ ...all, days: 7 })).toEqual([]);
    expect(h.sent).toHaveLength(0);
  });

  it("gives copies: changing an offer leaves the next answer as published", async () => {
    const [first] = await h.provider.rentalOffers({ ...all, country: "NL", days: 30 });
    first!.price!.amount = 1;
    expect((await h.provider.rentalOffers({ ...all, country: "NL", days: 30 }))[0]?.price).toEqual({
      amount: 1500,
      currency: "EUR",
    });
  });

  it("quotes what a rental then costs", async () => {
    const quote = await h.client.quote({ kind: "rental", country: "GB", days: 30 });
    expect(quote.offers).toEqual([{ ...offersIn("GB")[0], kind: "rental" }]);
    const before = h.fake.wallet.balance;
    await h.client.rent({ country: "GB", days: 30 });
    expect(before - h.fake.wallet.balance).toBe(1500);
  });
});
