/**
 * What Numariq rents now, with its prices: from Numariq's published tiers (7 days $29, 30 days $49,
 * 90 days $129, US numbers that are not VoIP); no endpoint quotes them, so no request is made. The
 * list is the same for every service: a rental takes no service and receives every sender's SMS.
 */
import type { RentalOffer } from "../../core/model.js";
import { moneyFromCents } from "../../core/money.js";
import type { CallOptions, RentalOffersRequest } from "../../core/provider.js";
import { NUMARIQ_COUNTRY, NUMARIQ_RENTAL_DAYS, NUMARIQ_RENTAL_PRICES } from "./ids.js";

/** `rentalOffers` of the adapter: the published tiers, filtered by the request's country and days. */
export function rentalOffers() {
  return async (request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]> => {
    options?.signal?.throwIfAborted();
    if (request.country && request.country !== NUMARIQ_COUNTRY) return [];
    return NUMARIQ_RENTAL_DAYS.filter((days) => request.days === null || days === request.days).map(
      (days) => ({
        provider: "numariq",
        service: null,
        country: NUMARIQ_COUNTRY,
        days,
        price: moneyFromCents(NUMARIQ_RENTAL_PRICES[days]),
        // Numariq publishes no stock; a purchase is the only check.
        stock: null,
        numberType: "non_voip",
      }),
    );
  };
}
