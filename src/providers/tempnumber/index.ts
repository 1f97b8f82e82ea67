/**
 * Temp Number (https://api.temp-number.com/v1): private numbers rented for a package duration
 * (`oneMonth`, `threeMonths`, `sixMonths`, `oneYear` = 30 / 90 / 180 / 365 days), with every SMS they
 * receive. No per-service activations. Bearer token, `{ success, data, meta }` envelope, USD dollars.
 *
 * Decisions where Temp Number says nothing (docs/providers/tempnumber.md has the facts and these
 * decisions):
 * - Rentals only: `capabilities.activations` is false. `rent` needs a country (the buy endpoint
 *   requires one; `ValidationError` without it); `numberType` is sent when given, else the route
 *   default. `autoRenew: true` is `UnsupportedError` (there is no auto-renew); a rental's `autoRenew`
 *   is null. A `service` given to `rent` is not sent (numbers take SMS from any sender) but is kept on
 *   the rental as a hint for code extraction.
 * - Idempotency: every POST (buy, renew, cancel) carries an `Idempotency-Key`, the caller's
 *   `idempotencyKey` verbatim or a fresh `crypto.randomUUID()`, identical on every retry, so the
 *   transport retries them on network errors, 429 and 5xx (`capabilities.idempotency` true). A buy or
 *   renew reply still lost after those retries is asked for once more with the same key (one more
 *   request, with its own transport retries). The server's de-duplication answers with the stored
 *   purchase, or with a refusal (funds, stock, input) that proves none was stored; anything else is
 *   `OutcomeUnknownError`, whose `known.idempotencyKey` lets the caller retry safely within 24 hours.
 * - `renew` without `days` sends `package: "oneMonth"` explicitly (the documented default). The renewed
 *   rental's `price` is what that renewal charged; messages are those of the rental passed in.
 * - Cancel: `refunded` is `meta.refunded` as Money, null when it is absent, null or 0 (the refund rule:
 *   within 120 minutes of purchase, no SMS received, still active).
 * - `services()` lists one offer per pricing package with service `"any"` and
 *   `providerServiceId` `"<number_type>:<duration>"`, `stock` null (pricing has none). A country with
 *   no route right now gives an empty list; `pricing(country)` throws `OutOfStockError` for it.
 * - `rentalOffers` maps the same pricing packages (one request): days from the duration key, the
 *   package's `number_type`, no service, no stock; a country with no route right now lists nothing.
 * - `countries` is null: Temp Number sells many and `GET /pricing` tells which.
 * - Rate limit: 60 requests a minute by default. When a reply says `X-RateLimit-Remaining: 0`, every
 *   request waits `Retry-After` if given, else a whole minute (no reset time is documented).
 * - Unknown number statuses are kept in `providerStatus` and read as `active`; `expiring_soon` is active.
 * - Temp Number asks no polling interval; rentals are read on demand, and 5 s keeps a watcher within
 *   the 60-a-minute budget with room for other calls.
 */
import { createAdapterTransport } from "../../core/http-provider.js";
import type { Message, Rental, RentalOffer } from "../../core/model.js";
import type {
  CallOptions,
  HttpProviderOptions,
  ProviderCapabilities,
  ProviderWith,
  RentalOffersRequest,
} from "../../core/provider.js";
import { createApi } from "./api.js";
import { tempNumberErrorTable, tempNumberUncharged5xx } from "./error-table.js";
import { type NumberStatusFilter, RENTAL_DAYS } from "./ids.js";
import { type CountryPricing, money } from "./mapping.js";
import { discovery, type Inventory, type InventoryQuery } from "./pricing.js";
import { onRateLimitHeaders, TEMPNUMBER_RATE_LIMIT } from "./rate-headers.js";
import { rentalOffers } from "./rental-offers.js";
import { rentals } from "./rentals.js";
import { type ReceiveSmsOptions, receiveSms } from "./sms.js";
import { accountSchema } from "./wire.js";

export type { NumberStatusFilter } from "./ids.js";
export type { CountryPricing, PricingPackage } from "./mapping.js";
export type { Inventory, InventoryQuery } from "./pricing.js";
export type { ReceiveSmsOptions } from "./sms.js";

export const TEMPNUMBER_BASE_URL = "https://api.temp-number.com/v1";

export const tempNumberCapabilities: ProviderCapabilities = /* @__PURE__ */ Object.freeze({
  activations: false,
  done: false,
  rentals: true,
  renew: true,
  cancelRental: true,
  balance: true,
  services: true,
  voice: false,
  areaCode: false,
  idempotency: true,
  countries: null,
  rentalDays: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ RENTAL_DAYS.slice()),
  pollIntervalMs: 5_000,
});

/** The Temp Number adapter: the contract's operations it supports, plus Temp Number's own. */
export interface TempNumberProvider
  extends ProviderWith<"rent" | "getRental" | "renew" | "cancelRental" | "inbox" | "balance" | "services"> {
  /** Always `"tempnumber"`. */
  readonly name: "tempnumber";
  /** The number with its SMS (newest first), from `GET /numbers/{id}/sms`. */
  getRental(rental: Rental, options?: CallOptions): Promise<Rental>;
  /** `GET /pricing` (all countries) or `GET /pricing/{cc}` (a one-element list, `OutOfStockError` when no route). */
  pricing(country?: string | null, options?: CallOptions): Promise<CountryPricing[]>;
  /** `GET /inventory`: live stock for a country and package, to preflight a purchase. */
  inventory(query: InventoryQuery, options?: CallOptions): Promise<Inventory>;
  /** `GET /numbers`: every number on the account, newest first, optionally filtered by status. */
  listNumbers(status?: NumberStatusFilter | null, options?: CallOptions): Promise<Rental[]>;
  /** `GET /receive-sms`, all pages followed: every SMS of a number you own, newest first. */
  receiveSms(phoneNumber: string, options?: ReceiveSmsOptions): Promise<Message[]>;
  /**
   * The pricing catalog as offers, one request (`GET /pricing`, or `GET /pricing/{cc}` for one country):
   * one per package, with its number type; no service (any sender), no stock.
   */
  rentalOffers(request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]>;
}

/**
 * The Temp Number adapter: numbers rented for 30, 90, 180 or 365 days, every purchase carrying an
 * `Idempotency-Key`. Its facts and decisions are in docs/providers/tempnumber.md.
 */
export function tempnumber(options: HttpProviderOptions): TempNumberProvider {
  const transport = createAdapterTransport(options, {
    name: "tempnumber",
    defaultBaseUrl: TEMPNUMBER_BASE_URL,
    auth: (apiKey) => ({ type: "bearer", token: apiKey }),
    errorTable: tempNumberErrorTable,
    uncharged5xx: tempNumberUncharged5xx,
    defaultRateLimit: TEMPNUMBER_RATE_LIMIT,
    onHeaders: onRateLimitHeaders,
  });
  const api = createApi(transport);
  const lifecycle = rentals(api);
  const market = discovery(api);

  return {
    name: "tempnumber",
    capabilities: tempNumberCapabilities,
    budget: transport.budget,
    rent: lifecycle.rent,
    getRental: lifecycle.getRental,
    renew: lifecycle.renew,
    cancelRental: lifecycle.cancelRental,
    inbox: lifecycle.inbox,
    listNumbers: lifecycle.listNumbers,
    findPurchase: (intent, callOptions) =>
      intent.operation === "rent"
        ? lifecycle.findRent(intent, callOptions)
        : Promise.resolve({ absent: true }),
    services: market.services,
    rentalOffers: rentalOffers(market.pricing),
    pricing: market.pricing,
    inventory: market.inventory,
    receiveSms: receiveSms(api),
    async balance(callOptions: CallOptions = {}) {
      const body = await api.call(
        { method: "GET", path: "/account", signal: callOptions.signal },
        accountSchema(),
      );
      const source = body.data ?? body;
      return money(source.balance!, source.currency ?? body.currency, "balance");
    },
  };
}
