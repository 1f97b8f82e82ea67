/**
 * FetchSMS (https://api.fetchsms.com/v1): non-VoIP US numbers, `Authorization: Bearer`, integer cents (USD).
 * Verifications hold one number for a fixed 15-minute window; rentals ("unlimited-services") last 1, 7,
 * 30, 90 or 365 days and receive every supported service's codes.
 *
 * Decisions where FetchSMS says nothing (docs/providers/fetchsms.md has the facts and these decisions):
 * - No "done" endpoint exists, so `done` is not offered (capability false).
 * - `poll` reads `GET /verifications/:id`, and `/messages` only when a code is in (`status` received,
 *   `code_count` > 0 or a `code`). Those messages have no body: `text` and `from` are null. Fields a reply
 *   leaves out (a poll may carry only id, status and code) keep the values the order already had.
 * - Unknown statuses: verifications map to "waiting", rentals to "active", the string kept in
 *   `providerStatus`. Rental "waiting" and "received" are both "active" (a rental lives until expiry).
 * - `cancel` refunds `cost_cents` (from the reply, else the order's price); a 204 is a success.
 *   `cancelRental` reports `refunded: null` when the reply says `refunded: false`.
 * - `rent` without a service (or with any service) buys "unlimited-services"; `1` is sent as the id.
 *   `numberType: "voip"` and `autoRenew: true` cannot be honoured: UnsupportedError before any request.
 *   Called on the provider directly, `rent` also takes `areaCode`.
 * - `renew` without `days` extends by the shortest period, 1 day.
 * - `rentalOffers` prices the all-services rental with `GET /services/quote?service=1&mode=long&days=N`,
 *   one request per period (the documented quote; the shape of `long_prices` in `GET /services` is not
 *   documented). The offers carry no service (any fits), `non_voip`, and no stock.
 * - Lost purchase replies (no idempotency key exists): each purchase first notes the ids in the active
 *   list (`/verifications?tab=active` for buy and reuse, `/rentals?tab=active` for rent); after a lost
 *   reply the adapter lists again and returns the one new item matching the service (and area code; the
 *   number for reuse). Several new matches are narrowed to those created after the request started (minus
 *   5 minutes of clock skew); still several -> OutcomeUnknownError; none -> no purchase was made. A lost
 *   `renew` reply is settled by reading the rental before and after (`extended_days`, else `expires_at`).
 * - Errors by meaning (see error-table.ts): 409 stock wording -> OutOfStockError, other 409 ->
 *   OrderStateError; 429 "active-number limit" -> OrderStateError; 403 spend cap -> InsufficientBalance,
 *   other 403 -> AuthenticationError.
 * - `pollIntervalMs` 5 s: no rate limits are documented, so no default budget either.
 * - Watching many verifications costs one `GET /verifications?tab=active` a round (`pollMany`), plus the
 *   `/messages` read of each one whose code came in; one that left the active list is looked at alone.
 * - Timestamps without an offset (`2026-06-17T22:14:05.481203`) are UTC; numbers come formatted and are
 *   read as US numbers into E.164.
 */

import { createAdapterTransport } from "../../core/http-provider.js";
import type { Message, Money, Order, Rental, RentalOffer } from "../../core/model.js";
import type {
  CallOptions,
  HttpProviderOptions,
  ProviderCapabilities,
  ProviderWith,
  RentalOffersRequest,
} from "../../core/provider.js";
import { PurchaseLog } from "../../core/transport/purchase-log.js";
import { activations } from "./activations.js";
import { catalog } from "./catalog.js";
import { fetchSmsErrorTable, fetchSmsUncharged5xx, readFetchSmsError } from "./error-table.js";
import { COUNTRY, FETCHSMS_BASE_URL, PROVIDER, RENTAL_DAYS, type Tab } from "./ids.js";
import type { FetchSmsAreaCodesInput, FetchSmsListRentalsInput, FetchSmsQuoteInput } from "./inputs.js";
import { rentalOffers } from "./rental-offers.js";
import { type FetchSmsRentRequest, rentals } from "./rentals.js";

export type { Tab as FetchSmsTab } from "./ids.js";
export type { FetchSmsAreaCodesInput, FetchSmsListRentalsInput, FetchSmsQuoteInput } from "./inputs.js";
export type { FetchSmsRentRequest } from "./rentals.js";

export const fetchSmsCapabilities: ProviderCapabilities = /* @__PURE__ */ Object.freeze({
  activations: true,
  done: false,
  rentals: true,
  renew: true,
  cancelRental: true,
  balance: true,
  services: true,
  voice: false,
  areaCode: true,
  idempotency: false,
  countries: /* @__PURE__ */ Object.freeze([COUNTRY]),
  rentalDays: RENTAL_DAYS,
  pollIntervalMs: 5_000,
});

/** The FetchSMS adapter: the contract's operations it supports, plus FetchSMS's own. */
export interface FetchSmsProvider
  extends ProviderWith<
    | "buy"
    | "poll"
    | "cancel"
    | "rent"
    | "getRental"
    | "renew"
    | "cancelRental"
    | "inbox"
    | "balance"
    | "services"
  > {
  /** Always `"fetchsms"`. */
  readonly name: "fetchsms";
  /** Rents the all-services number; `areaCode` picks its area code. */
  rent(request: FetchSmsRentRequest, options?: CallOptions): Promise<Rental>;
  /** `GET /services/quote`: what a verification or a rental costs now (quotes lock neither price nor stock). */
  quote(input: FetchSmsQuoteInput, options?: CallOptions): Promise<Money>;
  /** `GET /services/area-codes`. */
  areaCodes(input?: FetchSmsAreaCodesInput, options?: CallOptions): Promise<string[]>;
  /** `GET /verifications?tab=active|history`; items carry their code, not their messages. */
  listVerifications(tab?: Tab, options?: CallOptions): Promise<Order[]>;
  /** `GET /rentals?tab=&limit=`; items come without messages. */
  listRentals(input?: FetchSmsListRentalsInput, options?: CallOptions): Promise<Rental[]>;
  /** `POST /verifications/:id/reuse`: a new, paid verification on the same number. */
  reuse(order: Order, options?: CallOptions): Promise<Order>;
  /** The rental's inbox minus messages whose ids were seen (`last_code` may repeat an old code). */
  inboxSince(rental: Rental, seenIds: Iterable<string>, options?: CallOptions): Promise<Message[]>;
  /**
   * The all-services rental's price for each period, from `GET /services/quote` (`mode=long`): one
   * request per period listed, five without `days`. US, non-VoIP, any service; no stock.
   */
  rentalOffers(request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]>;
}

/**
 * The FetchSMS adapter: US verifications (15 minutes) and rentals of 1 to 365 days, with signed webhooks.
 * Its facts and decisions are in docs/providers/fetchsms.md.
 */
export function fetchsms(options: HttpProviderOptions): FetchSmsProvider {
  const transport = createAdapterTransport(options, {
    name: PROVIDER,
    defaultBaseUrl: FETCHSMS_BASE_URL,
    auth: (apiKey) => ({ type: "bearer", token: apiKey }),
    errorTable: fetchSmsErrorTable,
    uncharged5xx: fetchSmsUncharged5xx,
    readErrorMessage: readFetchSmsError,
  });
  const purchases = new PurchaseLog();
  const { findBuy, ...orders } = activations(transport, purchases);
  const { findRent, ...held } = rentals(transport, purchases);
  return {
    name: PROVIDER,
    capabilities: fetchSmsCapabilities,
    budget: transport.budget,
    ...orders,
    ...held,
    ...catalog(transport),
    rentalOffers: rentalOffers(transport),
    findPurchase: (intent, options) =>
      intent.operation === "buy" ? findBuy(intent, options) : findRent(intent, options),
  };
}
