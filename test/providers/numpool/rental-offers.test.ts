/**
 * Rental prices: NumPool quotes them per service on `GET /rentals/prices?service=`, US numbers only.
 * Without a service, `rentalOffers` refuses before any request instead of one request per service.
 */
import { http } from "msw";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ValidationError } from "../../../src/core/errors.js";
import type { RentalOffer } from "../../../src/core/model.js";
import type { CallOptions, RentalOffersRequest } from "../../../src/core/provider.js";
import type { NumpoolProvider } from "../../../src/providers/numpool/index.js";
import { rentalPricesExample } from "./fixtures.js";
import { count, rawJson, usd, useNumpoolFake } from "./harness.js";

const h = useNumpoolFake();
const at = (path: string) => `${h.fake.baseUrl}${path}`;
const discord: RentalOffersRequest = { country: null, service: "discord", days: null };

const offer = (days: number, cents: number, service = "discord"): RentalOffer => ({
  provider: "numpool",
  service,
  country: "US",
  days,
  price: usd(cents),
  stock: null,
  numberType: null,
});

describe("numpool rentalOffers", () => {
  it("is declared present on the adapter's own type", () => {
    expectTypeOf<NumpoolProvider["rentalOffers"]>().toEqualTypeOf<
      (request: RentalOffersRequest, options?: CallOptions) => Promise<RentalOffer[]>
    >();
  });

  it("reads NumPool's own GET /rentals/prices example as offers", async () => {
    h.server.use(http.get(at("/rentals/prices"), () => rawJson(rentalPricesExample)));
    expect(await h.provider.rentalOffers(discord)).toEqual([offer(1, 120)]);
    expect(h.sent.map((r) => `${r.method} ${r.path}`)).toEqual([
      "GET /api/v1/rentals/prices?service=discord",
    ]);
  });

  it("lists every period of one service in one request, its code or slug alike", async () => {
    expect(await h.provider.rentalOffers({ ...discord, service: "ds", country: "US" })).toEqual([
      offer(1, 120),
      offer(3, 240),
      offer(7, 450),
      offer(14, 790),
      offer(30, 1290),
    ]);
    expect(await h.provider.rentalOffers({ ...discord, days: 14 })).toEqual([offer(14, 790)]);
    expect(count(h, "GET", /^\/api\/v1\/rentals\/prices\?service=discord$/)).toBe(2);
  });

  it("leaves out a duration key it does not know (rent could not buy it)", async () => {
    h.server.use(
      http.get(at("/rentals/prices"), () =>
        rawJson(
          `{ "service": "discord", "durations": [{ "duration": "twoDay", "days": 2, "price": 1.90 }, { "duration": "sevenDay", "days": 7, "price": 4.50 }] }`,
        ),
      ),
    );
    expect(await h.provider.rentalOffers(discord)).toEqual([offer(7, 450)]);
  });

  it("lists nothing outside the US or for a period it does not sell, without a request", async () => {
    expect(await h.provider.rentalOffers({ ...discord, country: "GB" })).toEqual([]);
    expect(await h.provider.rentalOffers({ ...discord, days: 90 })).toEqual([]);
    expect(h.sent).toHaveLength(0);
  });

  it("refuses a request without a service before any request, naming the field", async () => {
    const error = await h.provider.rentalOffers({ ...discord, service: null }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ provider: "numpool", field: "service" });
    expect(h.sent).toHaveLength(0);
  });

  it("quotes what a rental then costs, and reports a quote without a service as that refusal", async () => {
    const quote = await h.client.quote({ kind: "rental", service: "discord", days: 7 });
    expect(quote.offers).toEqual([{ ...offer(7, 450), kind: "rental" }]);
    const before = h.fake.wallet.balance;
    await h.client.rent({ service: "discord", days: 7 });
    expect(before - h.fake.wallet.balance).toBe(450);

    const unnamed = await h.client.quote({ kind: "rental" });
    expect(unnamed.offers).toEqual([]);
    expect(unnamed.failures.map((f) => [f.provider, f.error.code])).toEqual([["numpool", "invalid_request"]]);
  });
});
