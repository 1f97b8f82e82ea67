/**
 * Rental prices: Temp Number's pricing catalog (`GET /pricing`, `GET /pricing/{cc}`), one request, one
 * offer per package with its number type. Fixtures are Temp Number's own pricing examples.
 */
import { HttpResponse, http } from "msw";
import { describe, expect, expectTypeOf, it } from "vitest";
import type { RentalOffer } from "../../../src/core/model.js";
import type { CallOptions, RentalOffersRequest } from "../../../src/core/provider.js";
import type { TempNumberProvider } from "../../../src/providers/tempnumber/index.js";
import { pricingAllExample, pricingGbExample } from "./fixtures.js";
import { useTempNumberFake } from "./harness.js";

const h = useTempNumberFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
const all: RentalOffersRequest = { country: null, service: null, days: null };
const paths = () => h.sent.map((r) => `${r.method} ${r.path}`);

const offer = (
  country: string,
  days: number,
  cents: number,
  numberType: RentalOffer["numberType"] = "voip",
): RentalOffer => ({
  provider: "tempnumber",
  service: null,
  country,
  days,
  price: { amount: cents, currency: "USD" },
  stock: null,
  numberType,
});

describe("tempnumber rentalOffers", () => {
  it("is declared present on the adapter's own type", () => {
    expectTypeOf<TempNumberProvider["rentalOffers"]>().toEqualTypeOf<
      (request: RentalOffersRequest, options?: CallOptions) => Promise<RentalOffer[]>
    >();
  });

  it("reads Temp Number's own GET /pricing example, one offer per package", async () => {
    h.server.use(http.get(at("/pricing"), () => HttpResponse.json(pricingAllExample)));
    expect(await h.provider.rentalOffers(all)).toEqual([
      offer("US", 30, 499),
      offer("US", 90, 1299),
      offer("US", 180, 2299),
    ]);
    expect(paths()).toEqual(["GET /v1/pricing"]);
  });

  it("reads Temp Number's own GET /pricing/GB example for one country", async () => {
    h.server.use(http.get(at("/pricing/:cc"), () => HttpResponse.json(pricingGbExample)));
    expect(await h.provider.rentalOffers({ ...all, country: "GB", service: "whatsapp" })).toEqual([
      offer("GB", 30, 549),
    ]);
    expect(paths()).toEqual(["GET /v1/pricing/GB"]);
  });

  it("filters by days, keeps each number type, and asks nothing for a period it does not sell", async () => {
    expect(await h.provider.rentalOffers({ ...all, country: "US", days: 30 })).toEqual([
      offer("US", 30, 499),
      offer("US", 30, 999, "non_voip"),
    ]);
    expect(await h.provider.rentalOffers({ ...all, days: 7 })).toEqual([]);
    expect(paths()).toEqual(["GET /v1/pricing/US"]);
  });

  it("leaves out a duration it does not know and keeps an unknown number type unguessed", async () => {
    const body = structuredClone(pricingAllExample);
    body.data[0]!.packages[0]!.duration = "twoWeeks";
    body.data[0]!.packages[1]!.number_type = "mobile";
    h.server.use(http.get(at("/pricing"), () => HttpResponse.json(body)));
    expect(await h.provider.rentalOffers(all)).toEqual([offer("US", 90, 1299, null), offer("US", 180, 2299)]);
  });

  it("lists nothing for a country with no route right now (pricing 404)", async () => {
    h.fake.setStock(0, "GB");
    expect(await h.provider.rentalOffers({ ...all, country: "GB" })).toEqual([]);
    expect(paths()).toEqual(["GET /v1/pricing/GB"]);
  });

  it("quotes what a rental then costs", async () => {
    const quote = await h.client.quote({ kind: "rental", country: "GB", days: 30 });
    expect(quote.offers).toEqual([{ ...offer("GB", 30, 549), kind: "rental" }]);
    const before = h.fake.wallet.balance;
    await h.client.rent({ country: "GB", days: 30 });
    expect(before - h.fake.wallet.balance).toBe(549);
  });
});
