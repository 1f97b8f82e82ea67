/**
 * What NumPool rents now, with its prices: `GET /rentals/prices?service=` (one request), for US numbers
 * only. NumPool prices rentals per service, and a rental is always for one service, so a request
 * without a service is refused with a `ValidationError` naming `service`, before any request: listing
 * every rental service and then each one's prices would cost one request per service (NumPool allows
 * 60 a minute). `rentalServices()` lists the services a caller can then ask about.
 */
import { ValidationError } from "../../core/errors.js";
import type { RentalOffer } from "../../core/model.js";
import type { CallOptions, RentalOffersRequest } from "../../core/provider.js";
import { daysOfDuration, RENTAL_COUNTRY, RENTAL_DURATIONS } from "./ids.js";
import { serviceFromWire } from "./mapping.js";
import { type NumpoolRentalPrice, rentalServiceId } from "./rentals.js";

/** How `rentalOffers` reads one service's prices: the adapter's `rentalPrices`. */
export type RentalPricesOf = (service: string, options?: CallOptions) => Promise<NumpoolRentalPrice[]>;

/**
 * `rentalOffers` of the adapter. A country other than the US, or a period NumPool does not sell, lists
 * nothing without a request. A duration key the SDK does not know is left out (`rent` could not buy it).
 */
export function rentalOffers(rentalPrices: RentalPricesOf) {
  return async (request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]> => {
    if (request.country && request.country !== RENTAL_COUNTRY) return [];
    if (request.days !== null && !RENTAL_DURATIONS[request.days]) return [];
    if (!request.service) {
      throw new ValidationError(
        "numpool: rental prices are per service; name one (rentalServices() lists them)",
        { provider: "numpool", field: "service" },
      );
    }
    const service = serviceFromWire(rentalServiceId(request.service));
    const prices = await rentalPrices(request.service, options);
    return prices.flatMap((p) => {
      const days = daysOfDuration(p.duration);
      if (days === undefined || (request.days !== null && days !== request.days)) return [];
      return [
        {
          provider: "numpool" as const,
          service,
          country: RENTAL_COUNTRY,
          days,
          price: p.price,
          // The price list carries no stock.
          stock: null,
          numberType: null,
        },
      ];
    });
  };
}
