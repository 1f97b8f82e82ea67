/**
 * What Temp Number rents now, with its prices: its pricing catalog, one request (`GET /pricing` for
 * every country, `GET /pricing/{cc}` for one), one offer per package. A package's days come from its
 * duration key (`oneMonth` 30, `threeMonths` 90, `sixMonths` 180, `oneYear` 365), its number type from
 * `number_type`; a key the SDK does not know is left out (`rent` could not buy it). A number takes SMS
 * from any sender, so the offers carry no service and a service asked for narrows nothing. Pricing
 * carries no stock: `stock` is null (`inventory()` asks, one request per country and package).
 */
import type { RentalOffer } from "../../core/model.js";
import type { CallOptions, NumberType, RentalOffersRequest } from "../../core/provider.js";
import { durationForDays } from "./ids.js";
import { type PricingOf, pricingWhereSold } from "./pricing.js";

/** A package's `number_type` we know; another word is not guessed at. */
const isNumberType = (word: string | null): word is NumberType => word === "voip" || word === "non_voip";

/**
 * `rentalOffers` of the adapter. A period Temp Number does not sell lists nothing without a request; a
 * country with no route right now (`GET /pricing/{cc}` 404) lists nothing.
 */
export function rentalOffers(pricing: PricingOf) {
  return async (request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]> => {
    if (request.days !== null && !durationForDays(request.days)) return [];
    const countries = await pricingWhereSold(pricing, request.country, options);
    return countries.flatMap((c) =>
      c.packages.flatMap((p) => {
        if (p.days === null || (request.days !== null && p.days !== request.days)) return [];
        return [
          {
            provider: "tempnumber" as const,
            service: null,
            country: c.country,
            days: p.days,
            price: p.price,
            stock: null,
            numberType: isNumberType(p.numberType) ? p.numberType : null,
          },
        ];
      }),
    );
  };
}
