/**
 * Rental prices: FetchSMS's one rental product (`unlimited-services`, id 1) is priced by
 * `GET /services/quote?mode=long&days=N` (`total_cents`), one request per period.
 */
import { HttpResponse, http } from "msw";
import { describe, expect, expectTypeOf, it } from "vitest";
import { ProviderError } from "../../../src/core/errors.js";
import type { RentalOffer } from "../../../src/core/model.js";
import type { CallOptions, RentalOffersRequest } from "../../../src/core/provider.js";
import type { FetchSmsProvider } from "../../../src/providers/fetchsms/index.js";
import { RENTAL_QUOTE_REPLY } from "./fixtures.js";
import { useFetchSmsFake } from "./setup.js";

const t = useFetchSmsFake();
const all: RentalOffersRequest = { country: null, service: null, days: null };
const quotes = () =>
  t.fake.faults.requests.filter((r) => r.path.startsWith("/v1/services/quote")).map((r) => r.path);

const offer = (days: number, cents: number): RentalOffer => ({
  provider: "fetchsms",
  service: null,
  country: "US",
  days,
  price: { amount: cents, currency: "USD" },
  stock: null,
  numberType: "non_voip",
});

describe("fetchsms rentalOffers", () => {
  it("is declared present on the adapter's own type", () => {
    expectTypeOf<FetchSmsProvider["rentalOffers"]>().toEqualTypeOf<
      (request: RentalOffersRequest, options?: CallOptions) => Promise<RentalOffer[]>
    >();
  });

  it("reads a long-term quote reply's total_cents as the period's price", async () => {
    const asked: string[] = [];
    t.server.use(
      http.get(t.url("/services/quote"), ({ request }) => {
        asked.push(new URL(request.url).search);
        return HttpResponse.json(RENTAL_QUOTE_REPLY);
      }),
    );
    expect(await t.fake.provider().rentalOffers({ ...all, days: 30 })).toEqual([offer(30, 2500)]);
    expect(asked).toEqual(["?service=1&mode=long&days=30"]);
  });

  it("quotes each period of the all-services rental, one request each", async () => {
    const provider = t.fake.provider();
    expect(await provider.rentalOffers(all)).toEqual([
      offer(1, 150),
      offer(7, 700),
      offer(30, 2500),
      offer(90, 6900),
      offer(365, 24900),
    ]);
    expect(quotes().sort()).toEqual(
      [1, 7, 30, 90, 365].map((d) => `/v1/services/quote?service=1&mode=long&days=${d}`).sort(),
    );
  });

  it("one period is one request; any service fits; another country or period lists nothing", async () => {
    const provider = t.fake.provider();
    expect(await provider.rentalOffers({ country: "US", service: "whatsapp", days: 90 })).toEqual([
      offer(90, 6900),
    ]);
    expect(quotes()).toEqual(["/v1/services/quote?service=1&mode=long&days=90"]);
    expect(await provider.rentalOffers({ ...all, country: "GB" })).toEqual([]);
    expect(await provider.rentalOffers({ ...all, days: 14 })).toEqual([]);
    expect(quotes()).toHaveLength(1);
  });

  it("fails as the quote fails, and moves no money", async () => {
    t.fake.faults.add({ method: "GET", path: /\/services\/quote/ }, { kind: "status", status: 500 }, 10);
    await expect(t.fake.provider().rentalOffers({ ...all, days: 7 })).rejects.toBeInstanceOf(ProviderError);
    expect(t.fake.wallet.ledger).toEqual([]);
  });

  it("quotes what a rental then costs", async () => {
    const c = t.client();
    const quote = await c.quote({ kind: "rental", days: 7 });
    expect(quote.offers).toEqual([{ ...offer(7, 700), kind: "rental" }]);
    const before = t.fake.wallet.balance;
    await c.rent({ days: 7 });
    expect(before - t.fake.wallet.balance).toBe(700);
  });
});
