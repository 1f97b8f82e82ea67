/**
 * NumPool (https://numpool.com/api/v1): one-code verifications in many countries and US number rentals,
 * `X-API-Key` auth, float dollars on the wire, 60 requests a minute per key.
 *
 * Decisions where NumPool says nothing (docs/providers/numpool.md has the facts and these decisions):
 * - Country: NumPool requires one on every buy; without one the SDK buys in the US (id 187). ISO <-> id
 *   comes from NumPool's published table (ids.ts), else from `GET /countries` once (see countries.ts;
 *   Russia always comes from there, NumPool names it with two ids).
 * - Carrier: NumPool's optional `operator` is a factory option (`numpool({ apiKey, operator })`) and a
 *   per-call field of `provider.buy({ ..., operator })`.
 * - Status: `pending` (buy) and `waiting` (poll) are both "waiting"; any other word is kept in
 *   `providerStatus` and read as waiting. NumPool gives no order time or expiry: `createdAt` is the local
 *   time the buy reply arrived, `expiresAt` is null. `poll_url` is ignored (the id is enough).
 * - Messages: the poll shows one SMS (`full_sms`, `code`) with no id, sender or time; a different text
 *   arriving later is kept beside the first. Inbox messages have no id either (`id: null`).
 * - Cancel: refused for received or cancelled orders (400 "Order cannot be cancelled" or `ok: false`),
 *   which is `OrderStateError`; `refunded: 0` means nothing came back (`null`).
 * - Lost purchase reply: reconciled through `GET /orders` / `GET /rentals` (rules in reconcile.ts), never
 *   by buying again. NumPool has no idempotency key, so purchases are never retried.
 * - Rentals: US only, a service is required, `autoRenew: true` and `numberType` are refused (NumPool has
 *   neither); no renew and no cancel (non-refundable). `getRental` reads `GET /rentals` (state) and the
 *   inbox (messages); a rental missing from the list keeps its last known fields.
 * - `rentalOffers` reads `GET /rentals/prices?service=` once; NumPool prices rentals per service, so a
 *   request without a service is a `ValidationError` (field `service`) before any request, rather than one
 *   request per rental service.
 * - `services()`: see offers.ts for which requests each form makes and how long lists are reused.
 * - Watching many orders: `GET /orders` pages stand in for one `GET /sms/:id` each, but only to learn that
 *   an order is still waiting with nothing in it; NumPool publishes no item shape, so whatever else an item
 *   says sends that order to `GET /sms/:id` (activations.ts, `pollMany`).
 */
import { ValidationError } from "../../core/errors.js";
import { createAdapterTransport } from "../../core/http-provider.js";
import type { Money, Order, Rental, RentalOffer } from "../../core/model.js";
import type {
  CallOptions,
  HttpProviderOptions,
  ProviderCapabilities,
  ProviderWith,
  RentalOffersRequest,
} from "../../core/provider.js";
import { PurchaseLog } from "../../core/transport/purchase-log.js";
import { activations, type ListOrdersQuery, type NumpoolBuyRequest } from "./activations.js";
import { createCountryDirectory, type NumpoolCountry } from "./countries.js";
import { numpoolErrorTable, numpoolUncharged5xx } from "./error-table.js";
import { RENTAL_DAYS } from "./ids.js";
import { money } from "./mapping.js";
import { createCatalog } from "./offers.js";
import { SeenIds } from "./reconcile.js";
import { rentalOffers } from "./rental-offers.js";
import { type NumpoolRentalPrice, type NumpoolRentalService, rentals } from "./rentals.js";
import { balanceReply } from "./wire.js";

export type { ListOrdersQuery, NumpoolBuyRequest } from "./activations.js";
export type { NumpoolCountry } from "./countries.js";
export type { NumpoolRentalPrice, NumpoolRentalService } from "./rentals.js";

export const NUMPOOL_BASE_URL = "https://numpool.com/api/v1";

/** `numpool()` options: the common ones plus NumPool's own. */
export interface NumpoolOptions extends HttpProviderOptions {
  /** Carrier preference sent with every buy (NumPool's optional `operator`). */
  operator?: string;
  /** How long `GET /services` and per-service price lists are reused, in ms (default 30 000; 0: never). */
  catalogCacheMs?: number;
}

/** The NumPool adapter: the contract's operations it supports, plus NumPool's own. */
export interface NumpoolProvider
  extends ProviderWith<"buy" | "poll" | "cancel" | "rent" | "getRental" | "inbox" | "balance" | "services"> {
  /** Always `"numpool"`. */
  readonly name: "numpool";
  /** Buys one verification; `operator` picks a carrier for this purchase. */
  buy(request: NumpoolBuyRequest, options?: CallOptions): Promise<Order>;
  /** `GET /orders?limit=&offset=`: one page of the account's orders. */
  listOrders(query?: ListOrdersQuery, options?: CallOptions): Promise<Order[]>;
  /** `GET /rentals`: the account's rentals (without messages; see `inbox`). */
  listRentals(options?: CallOptions): Promise<Rental[]>;
  /** `GET /countries`: every country NumPool knows, with its numeric id and ISO code where readable. */
  countries(options?: CallOptions): Promise<NumpoolCountry[]>;
  /** `GET /rentals/services`. */
  rentalServices(options?: CallOptions): Promise<NumpoolRentalService[]>;
  /** `GET /rentals/prices?service=`. */
  rentalPrices(service: string, options?: CallOptions): Promise<NumpoolRentalPrice[]>;
  /**
   * `GET /rentals/prices?service=` as offers (US, one request). NumPool prices rentals per service: without
   * `service` it is a `ValidationError` naming that field, before any request.
   */
  rentalOffers(request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]>;
}

export const numpoolCapabilities: ProviderCapabilities = /* @__PURE__ */ Object.freeze({
  activations: true,
  done: false,
  rentals: true,
  renew: false,
  cancelRental: false,
  balance: true,
  services: true,
  voice: false,
  areaCode: false,
  idempotency: false,
  countries: null,
  rentalDays: /* @__PURE__ */ Object.freeze(/* @__PURE__ */ RENTAL_DAYS.slice()),
  // NumPool asks for a poll every few seconds; every 4 s is 15 a minute, well inside 60 requests.
  pollIntervalMs: 4_000,
});

const DEFAULT_CATALOG_CACHE_MS = 30_000;

function extraOptions(options: NumpoolOptions | undefined): { operator: string | null; cacheMs: number } {
  const operator = options?.operator;
  if (operator !== undefined && (typeof operator !== "string" || operator.trim() === "")) {
    throw new ValidationError("numpool() options: operator must be a non-empty string", {
      provider: "numpool",
      field: "operator",
    });
  }
  const cacheMs = options?.catalogCacheMs ?? DEFAULT_CATALOG_CACHE_MS;
  if (!Number.isInteger(cacheMs) || cacheMs < 0) {
    throw new ValidationError("numpool() options: catalogCacheMs must be a non-negative integer", {
      provider: "numpool",
      field: "catalogCacheMs",
    });
  }
  return { operator: operator?.trim() ?? null, cacheMs };
}

/**
 * The NumPool adapter: verifications in many countries and US rentals, 60 requests a minute by default.
 * Its facts and decisions are in docs/providers/numpool.md.
 */
export function numpool(options: NumpoolOptions): NumpoolProvider {
  const transport = createAdapterTransport(options, {
    name: "numpool",
    defaultBaseUrl: NUMPOOL_BASE_URL,
    auth: (apiKey) => ({ type: "header", name: "X-API-Key", value: apiKey }),
    errorTable: numpoolErrorTable,
    uncharged5xx: numpoolUncharged5xx,
    defaultRateLimit: { limit: 60, intervalMs: 60_000 },
    ownOptions: ["operator", "catalogCacheMs"],
  });
  const { operator, cacheMs } = extraOptions(options);
  const seen = new SeenIds();
  const directory = createCountryDirectory(transport);
  const catalog = createCatalog(transport, directory, cacheMs);
  const purchases = new PurchaseLog();
  const orders = activations(transport, directory, seen, operator, purchases);
  const held = rentals(transport, seen, purchases);

  return {
    name: "numpool",
    capabilities: numpoolCapabilities,
    budget: transport.budget,
    buy: orders.buy,
    poll: orders.poll,
    pollMany: orders.pollMany,
    cancel: orders.cancel,
    listOrders: orders.listOrders,
    findPurchase: (intent, callOptions) =>
      intent.operation === "buy" ? orders.findBuy(intent, callOptions) : held.findRent(intent, callOptions),
    rent: held.rent,
    getRental: held.getRental,
    inbox: held.inbox,
    listRentals: held.listRentals,
    rentalServices: held.rentalServices,
    rentalPrices: held.rentalPrices,
    rentalOffers: rentalOffers(held.rentalPrices),
    async balance(callOptions?: CallOptions): Promise<Money> {
      const reply = await transport.request({
        method: "GET",
        path: "/balance",
        schema: balanceReply(),
        ...(callOptions?.signal ? { signal: callOptions.signal } : {}),
      });
      return money(reply.balance, "balance", reply.currency);
    },
    services: (request, callOptions) => catalog.services(request ?? { country: null }, callOptions?.signal),
    countries: (callOptions) => directory.list(callOptions?.signal),
  };
}
