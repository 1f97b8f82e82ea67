/**
 * What JuicySMS rents now, with its prices: its fixed, published package list (1m EUR 15, 3m EUR 30,
 * 6m EUR 50, 1y EUR 70, the `package` parameter of `rental/new`) in each rental country (NL, UK). No
 * call quotes rentals or their stock, so no request is made. Rentals take no service (any sender's SMS
 * reaches the number) and no number type, so the offers carry neither.
 */
import type { RentalOffer } from "../../core/model.js";
import type { CallOptions, RentalOffersRequest } from "../../core/provider.js";
import { PACKAGE_DAYS, PACKAGE_PRICES, RENTAL_COUNTRIES } from "./ids.js";

/** `rentalOffers` of the adapter: the published packages, filtered by the request's country and days. */
export function rentalOffers() {
  return async (request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]> => {
    options?.signal?.throwIfAborted();
    const countries = Object.keys(RENTAL_COUNTRIES).filter((c) => !request.country || c === request.country);
    const packages = Object.entries(PACKAGE_DAYS).filter(
      ([, d]) => request.days === null || d === request.days,
    );
    return countries.flatMap((country) =>
      packages.map(([pkg, days]) => ({
        provider: "juicysms" as const,
        service: null,
        country,
        days,
        price: { ...PACKAGE_PRICES[pkg]! },
        stock: null,
        numberType: null,
      })),
    );
  };
}
