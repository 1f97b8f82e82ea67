/**
 * What the sandbox rents: every period of `RENTAL_PRICES` in every sandbox country, priced in the
 * wallet's currency (the `currency` option). A rental number takes SMS from any sender (`deliver()`),
 * so the offers carry no service and no number type. Stock is not counted (a free number is found until
 * a country's pool is full): `stock` is null, and 0 in the `out_of_stock` scenario, where `rent` is
 * refused.
 */
import type { RentalOffer } from "../../core/model.js";
import type { RentalOffersRequest } from "../../core/provider.js";
import { RENTAL_DAYS, RENTAL_PRICES } from "./catalog.js";
import { SANDBOX_COUNTRIES } from "./numbers.js";
import { type SandboxState, serviceSpec } from "./state.js";

/**
 * The offers matching `request`: a country it does not sell or a period it does not rent lists nothing;
 * a service it does not sell is a `ValidationError`, as `rent` refuses it.
 */
export function rentalOffers(state: SandboxState, request: RentalOffersRequest): RentalOffer[] {
  if (request.service) serviceSpec(state, request.service);
  const countries = SANDBOX_COUNTRIES.filter((c) => !request.country || c === request.country);
  const periods = RENTAL_DAYS.filter((d) => request.days === null || d === request.days);
  const stock = state.scenario === "out_of_stock" ? 0 : null;
  return countries.flatMap((country) =>
    periods.map((days) => ({
      provider: "sandbox" as const,
      service: null,
      country,
      days,
      price: { amount: RENTAL_PRICES[days]!, currency: state.wallet.currency },
      stock,
      numberType: null,
    })),
  );
}
