/**
 * Rental prices: Numariq quotes them on no endpoint, so `rentalOffers` is its published tier list
 * (`period_days`: 7 ($29), 30 ($49), or 90 ($129)), answered without a request.
 */
import { describe, expect, expectTypeOf, it } from "vitest";
import type { RentalOffer } from "../../../src/core/model.js";
import type { CallOptions, RentalOffersRequest } from "../../../src/core/provider.js";
import type { NumariqProvider } from "../../../src/providers/numariq/index.js";
import { useNumariqFake } from "./harness.js";

const h = useNumariqFake();
const all: RentalOffersRequest = { country: null, service: null, days: null };

/** Numariq's tiers as its `POST /numbers` reference prints them. */
const publishedTiers: RentalOffer[] = [
  { days: 7, cents: 2900 },
  { days: 30, cents: 4900 },
  { days: 90, cents: 12900 },
].map(({ days, cents }) => ({
  provider: "numariq",
  service: null,
  country: "US",
  days,
  price: { amount: cents, currency: "USD" },
  stock: null,
  numberType: "non_voip",
}));

describe("numariq rentalOffers", () => {
  it("is declared present on the adapter's own type", () => {
    expectTypeOf<NumariqProvider["rentalOffers"]>().toEqualTypeOf<
      (request: RentalOffersRequest, options?: CallOptions) => Promise<RentalOffer[]>
    >();
  });

  it("lists the three published tiers, US and not VoIP, without a request", async () => {
    expect(await h.provider.rentalOffers(all)).toEqual(publishedTiers);
    expect(await h.provider.rentalOffers({ ...all, country: "US", service: "whatsapp" })).toEqual(
      publishedTiers,
    );
    expect(h.sent).toHaveLength(0);
  });

  it("filters by days and country", async () => {
    expect(await h.provider.rentalOffers({ ...all, days: 30 })).toEqual([publishedTiers[1]]);
    expect(await h.provider.rentalOffers({ ...all, days: 14 })).toEqual([]);
    expect(await h.provider.rentalOffers({ ...all, country: "GB" })).toEqual([]);
    expect(h.sent).toHaveLength(0);
  });

  it("quotes what a rental then costs", async () => {
    const quote = await h.client.quote({ kind: "rental", days: 7 });
    expect(quote.offers).toEqual([{ ...publishedTiers[0], kind: "rental" }]);
    const before = h.fake.wallet.balance;
    await h.client.rent({ days: 7 });
    expect(before - h.fake.wallet.balance).toBe(2900);
  });

  it("rejects with the caller's abort", async () => {
    const controller = new AbortController();
    const reason = new Error("stop");
    controller.abort(reason);
    await expect(h.provider.rentalOffers(all, { signal: controller.signal })).rejects.toBe(reason);
  });
});
