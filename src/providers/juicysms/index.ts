/**
 * JuicySMS v1, the legacy string API (https://juicysms.com/api): verification numbers in the USA, NL
 * and UK, and long-term rentals in NL and UK. Every call is a GET (rentals: POST) with the key as the
 * `key` query parameter, and every answer is HTTP 200: success and failure differ only in the body,
 * which is matched whole against the documented replies (never by substring). A body that is none of
 * them is a `ResponseFormatError` carrying a redacted excerpt.
 *
 * Decisions where JuicySMS says nothing (docs/providers/juicysms.md has the facts and these decisions):
 * - Countries: ISO `US` / `NL` / `GB` are sent as `USA` / `NL` / `UK`; a buy without a country gets
 *   the provider's own default, NL, sent explicitly. Rentals are NL / UK only; a rent without a country
 *   is NL too. National numbers (`07684563067`, `06...`, 10 US digits) are made E.164.
 * - Services: the four ids public client code shows (google 1, twitter 4, telegram 5, facebook 12);
 *   any numeric id is sent as given; another slug is a `ValidationError` before any request.
 * - No reply carries a price and there is no price list: `Order.price` is null, `services` is not
 *   offered, so `maxPrice` cannot be enforced. `createdAt` is when the purchase reply arrived;
 *   `expiresAt` is null (the order window is not documented). Cancel and skip answer no amount:
 *   `refunded` is the order's price when the order passed in carries one, otherwise null.
 * - getsms `ORDER_EXPIRED` ("canceled or expired") is `expired`, or stays `cancelled` for an order we
 *   saw cancelled. getsms shows only the latest SMS, with no id or time: texts seen before are kept on
 *   the order, a new text is added as the newest message, and the code is extracted from the text.
 * - No done endpoint (an order completes on its SMS): `done` is not offered. Extra operations:
 *   `skip(order)` (skipnumber), `reuse(order)` (a new, charged order on the same number) and
 *   `setAutoRenew(rental, on)` (rental/edit).
 * - Unknown order or rental ids: the API has no "not found" reply. A non-numeric id cannot be one and is
 *   `NotFoundError` without a request; a bare `ERROR` to a call about one order or rental (getsms,
 *   cancelorder, skipnumber, reuse, rental/view, extend, edit) is read as `NotFoundError`, since every
 *   other failure of those calls has its own word. `ERROR` elsewhere is `ProviderError`.
 *   `ORDER_ALREADY_OPEN_{id}` is `OrderStateError` with `openOrderId`; `NUMBER_OFFLINE`,
 *   `NUMBER_EXPIRED`, `ORDER_ALREADY_EXPIRED` / `_COMPLETED` are `OrderStateError`.
 * - Purchases (makeorder, reuse, rental/new, rental/extend) are sent once and never retried. A lost
 *   makeorder / reuse reply is reconciled by asking again: with one open order per account, the second
 *   request answers `ORDER_ALREADY_OPEN_{id}` if the first went through (an `OutcomeUnknownError` naming
 *   that order in `known.openOrderId`: the API never repeats an order's number, so no full `Order` can
 *   be rebuilt, and the open order might also be one that was open before), or makes the one order if
 *   the first did not. Either way at most one order is charged. The only gap: if the first order is
 *   closed (cancelled elsewhere, expired) in the moment between the two requests, the second buys anew.
 *   A lost rental/new reply cannot be checked (no call lists rentals): `OutcomeUnknownError`. A lost
 *   rental/extend reply is checked by reading the contract: a later expiry is the renewal.
 * - Rental POST parameters travel in the query string, like the key and like every GET (JuicySMS does
 *   not say where; a Laravel-style API reads both). rental/view and rental/edit (a read and a
 *   set-to-value) are repeated after network errors and 5xx like GETs (`repeatable`).
 * - Packages map to days 1m = 30, 3m = 90, 6m = 180, 1y = 365; `Rental.price` is the EUR price of the
 *   package bought, extended with, or (on view) the contract's package. `renew` without days extends by
 *   the contract's `renewal_package`. There is no rental status on the wire: past `expire_on` is
 *   `expired`, else `active`. Rentals have no cancel endpoint: `cancelRental` is not offered.
 * - `rentalOffers` is the fixed, published package list (EUR, per rental country), answered without a
 *   request: no call quotes rentals or their stock.
 * - No rate limit is documented: no default limiter. Polls every 5 s.
 */
import type { CancelResult, Order, Rental, RentalOffer } from "../../core/model.js";
import type {
  CallOptions,
  HttpProviderOptions,
  ProviderCapabilities,
  ProviderWith,
  RentalOffersRequest,
} from "../../core/provider.js";
import { activations } from "./activations.js";
import { createJuicyApi } from "./api.js";
import { ORDER_COUNTRIES, RENTAL_DAYS } from "./ids.js";
import { rentalOffers } from "./rental-offers.js";
import { rentals } from "./rentals.js";

export { JUICYSMS_BASE_URL } from "./api.js";

export const juicySmsCapabilities: ProviderCapabilities = /* @__PURE__ */ Object.freeze({
  activations: true,
  done: false,
  rentals: true,
  renew: true,
  cancelRental: false,
  balance: true,
  services: false,
  voice: false,
  areaCode: false,
  idempotency: false,
  countries: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ Object.keys(ORDER_COUNTRIES)),
  rentalDays: RENTAL_DAYS,
  pollIntervalMs: 5_000,
});

/** The JuicySMS v1 adapter: the contract's operations it supports, plus JuicySMS's own. */
export interface JuicySmsProvider
  extends ProviderWith<"buy" | "poll" | "cancel" | "balance" | "rent" | "getRental" | "renew" | "inbox"> {
  /** Always `"juicysms"`. */
  readonly name: "juicysms";
  /** Cancels the order and skips its number for this account (skipnumber). */
  skip(order: Order, options?: CallOptions): Promise<CancelResult>;
  /** A new, charged order on the number of a completed order, for a few hours after it (reuse). */
  reuse(order: Order, options?: CallOptions): Promise<Order>;
  /** Turns a rental's auto-renewal on or off (rental/edit). */
  setAutoRenew(rental: Rental, enabled: boolean, options?: CallOptions): Promise<Rental>;
  /**
   * The rental packages with their EUR prices, from JuicySMS's fixed published list (1m 15, 3m 30,
   * 6m 50, 1y 70) in NL and GB; no call quotes them, so it makes no request.
   */
  rentalOffers(request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]>;
}

/**
 * The JuicySMS v1 (plain-string API) adapter: verifications in the US, NL and GB, rentals in NL and GB.
 * Its facts and decisions are in docs/providers/juicysms.md.
 */
export function juicysms(options: HttpProviderOptions): JuicySmsProvider {
  const api = createJuicyApi(options);
  return {
    name: "juicysms",
    capabilities: juicySmsCapabilities,
    budget: api.transport.budget,
    ...activations(api),
    ...rentals(api),
    rentalOffers: rentalOffers(),
  };
}
