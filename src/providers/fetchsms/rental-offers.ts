/**
 * What FetchSMS rents now, with its prices: FetchSMS has one long-term product, the all-services number
 * (`unlimited-services`, id 1, non-VoIP, US), and `GET /services/quote?service=1&mode=long&days=N`
 * answers what a rental of N days costs now (`total_cents`). One quote per period asked: one request
 * for a given `days`, five (1, 7, 30, 90 and 365, in parallel) without one. `GET /services` also names a
 * `long_prices` field, but FetchSMS documents no shape for it, so the documented quote is read instead.
 * The quote says nothing of stock: `stock` is null.
 */
import type { RentalOffer } from "../../core/model.js";
import { moneyFromCents } from "../../core/money.js";
import type { CallOptions, RentalOffersRequest } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import { COUNTRY, PROVIDER, RENTAL_DAYS, RENTAL_SERVICE_ID } from "./ids.js";
import { quoteSchema } from "./wire.js";

/**
 * `rentalOffers` of the adapter. Any service fits (the rental receives every supported service's codes),
 * so the offers carry none; a country other than the US, or a period FetchSMS does not sell, lists
 * nothing without a request.
 */
export function rentalOffers(transport: Transport) {
  async function priceOf(days: number, options?: CallOptions): Promise<RentalOffer> {
    const reply = await transport.request({
      method: "GET",
      path: "/services/quote",
      query: { service: String(RENTAL_SERVICE_ID), mode: "long", days },
      schema: quoteSchema(),
      signal: options?.signal,
    });
    return {
      provider: PROVIDER,
      service: null,
      country: COUNTRY,
      days,
      price: moneyFromCents(reply.total_cents),
      stock: null,
      numberType: "non_voip",
    };
  }

  return async (request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]> => {
    if (request.country && request.country !== COUNTRY) return [];
    const periods = RENTAL_DAYS.filter((d) => request.days === null || d === request.days);
    return Promise.all(periods.map((days) => priceOf(days, options)));
  };
}
