/**
 * The adapter contract: small, and explicit about what a provider can do. The client validates input,
 * checks capabilities (an operation a provider lacks is `UnsupportedError` before any request), and the
 * adapter only translates between our model and its wire protocol.
 */

import type { BudgetSource, RateLimit, RequestBudget } from "./budget/request-budget.js";
import type {
  CancelResult,
  Message,
  Money,
  Order,
  ProviderName,
  Rental,
  RentalCancelResult,
  RentalOffer,
  ServiceOffer,
} from "./model.js";
import type { Logger, RetryOptions, TransportHooks } from "./transport/http-client.js";

/**
 * What a provider can do, declared by its adapter. The client refuses an operation whose capability is
 * false with `UnsupportedError` before any request, and a contract test keeps the declaration equal to
 * the methods the adapter has.
 */
export interface ProviderCapabilities {
  /** buy, poll, cancel of one-code activations. */
  activations: boolean;
  /** Marking an activation finished. */
  done: boolean;
  /** rent, getRental, inbox. */
  rentals: boolean;
  /** Extending a rental (`renew`). */
  renew: boolean;
  /** Releasing a rental early (`cancelRental`), with a refund where the provider's rules allow. */
  cancelRental: boolean;
  /** Reading the wallet (`balance`). */
  balance: boolean;
  /** Listing what can be bought (`services`). */
  services: boolean;
  /** Codes by voice call (`channel: "voice"`). */
  voice: boolean;
  /** A preferred area code on buy. */
  areaCode: boolean;
  /** Purchases carry an idempotency key the provider de-duplicates, so they may be retried. */
  idempotency: boolean;
  /** ISO countries sold; null when the provider sells many and `services()` tells. */
  countries: readonly string[] | null;
  /** Rental periods sold, in days; empty without rentals. */
  rentalDays: readonly number[];
  /** The polling interval the provider asks for. */
  pollIntervalMs: number;
}

/** How the code reaches the number: a text message, or a call that reads it out. */
export type Channel = "sms" | "voice";
/** Internet-telephony numbers, or numbers of a mobile network (which more services accept). */
export type NumberType = "voip" | "non_voip";

/**
 * A purchase of one activation, as the client hands it to an adapter: validated and normalised, with
 * every optional field present (null when not asked for).
 */
export interface BuyRequest {
  /** Canonical service slug, or the provider's own id for one the SDK does not know. */
  service: string;
  /** ISO 3166 alpha-2; null lets the adapter choose (its documented default). */
  country: string | null;
  /** `voice` only where `capabilities.voice` is true. */
  channel: Channel;
  /** A preferred area code (three digits); null for any. */
  areaCode: string | null;
  /** Sent only where `capabilities.idempotency` is true; the client refuses it elsewhere. */
  idempotencyKey: string | null;
}

/** A rental purchase, as the client hands it to an adapter (validated, optional fields null). */
export interface RentRequest {
  /** ISO 3166 alpha-2; null lets the adapter choose. */
  country: string | null;
  /** What the number is for, where the provider rents per service; null where it takes none. */
  service: string | null;
  /** One of `capabilities.rentalDays`. */
  days: number;
  /** Null leaves the provider's default. */
  autoRenew: boolean | null;
  /** Null leaves the provider's default; adapters refuse a type they cannot sell. */
  numberType: NumberType | null;
  /** Sent only where `capabilities.idempotency` is true. */
  idempotencyKey: string | null;
}

/** A renewal of a rental. */
export interface RenewRequest {
  /** The period to add; null lets the adapter choose (each adapter says which). */
  days: number | null;
  /** Sent only where `capabilities.idempotency` is true. */
  idempotencyKey: string | null;
}

/** What `services()` asks an adapter for. */
export interface ServicesRequest {
  /** Only offers for this ISO country; null for every country the provider lists. */
  country: string | null;
  /** A hint for `maxPrice` checks: the one service asked about, so an adapter may fetch just its price. */
  service?: string | null;
  /** The channel whose prices are wanted (default sms). */
  channel?: Channel | null;
}

/** What `rentalOffers()` asks an adapter for; null fields ask for every value the provider lists. */
export interface RentalOffersRequest {
  /** Only offers for this ISO country. */
  country: string | null;
  /** Only offers for this service (canonical slug, or the provider's own id), where it rents per service. */
  service: string | null;
  /** Only this period, one of `capabilities.rentalDays`. */
  days: number | null;
}

/** Per-call options an adapter receives from the client. */
export interface CallOptions {
  /** Aborts the call; an abort after a paid request left is reconciled, not taken as "nothing bought". */
  signal?: AbortSignal;
}

/** A purchase a process started and may not have seen the end of (a crash): what `findPurchase` looks for. */
export type PurchaseIntent = (
  | {
      /** An activation purchase. */
      operation: "buy";
      /** What was asked for, as the adapter received it. */
      request: BuyRequest;
    }
  | {
      /** A rental purchase. */
      operation: "rent";
      /** What was asked for, as the adapter received it. */
      request: RentRequest;
    }
) & {
  /** When the request was about to be sent (ISO 8601). */
  startedAt: string;
  /** Ids of orders and rentals the journal already holds: never the purchase looked for. */
  exclude?: readonly string[];
};

/**
 * What `findPurchase` found: the purchase (as the reply would have handed it over), or proof that none
 * was made (`absent`). It throws `OutcomeUnknownError` when the provider cannot tell.
 */
export type FoundPurchase =
  | {
      /** The purchase, mapped as its reply would have been. */
      found: Order | Rental;
    }
  | {
      /** No purchase was made. */
      absent: true;
    };

/** Every method is optional; which ones exist must agree with `capabilities` (a contract test checks). */
export interface Provider {
  /** Which adapter this is; orders and rentals carry it, so later calls go back to it. */
  readonly name: ProviderName;
  /** What this provider can do; see `ProviderCapabilities`. */
  readonly capabilities: ProviderCapabilities;
  /**
   * The account's rate budget, shared by every call of this provider object: plain calls draw from it
   * in the transport, and the poll scheduler reads it to pace watchers. Absent where nothing is limited
   * (the sandbox).
   */
  readonly budget?: RequestBudget;
  /**
   * Many orders in one look, where the provider has a list endpoint that carries their state: returns,
   * position by position, each order's fresh state, or null where the list does not tell (that order is
   * then polled alone). Only the watcher calls it; it is not an operation of the contract.
   */
  pollMany?(orders: readonly Order[], options?: CallOptions): Promise<Array<Order | null>>;
  /** Buys one activation (paid). A lost reply is reconciled, never bought again to find out. */
  buy?(request: BuyRequest, options?: CallOptions): Promise<Order>;
  /** One fresh look at an order: status, code, messages newest first. */
  poll?(order: Order, options?: CallOptions): Promise<Order>;
  /** Marks an activation finished. */
  done?(order: Order, options?: CallOptions): Promise<Order>;
  /** Cancels an activation; `refunded` is what came back, null when nothing did. */
  cancel?(order: Order, options?: CallOptions): Promise<CancelResult>;
  /** Rents a number for `request.days` (paid). */
  rent?(request: RentRequest, options?: CallOptions): Promise<Rental>;
  /** One fresh look at a rental. */
  getRental?(rental: Rental, options?: CallOptions): Promise<Rental>;
  /** Extends a rental (paid). */
  renew?(rental: Rental, request: RenewRequest, options?: CallOptions): Promise<Rental>;
  /** Releases a rental; refunded where the provider's rules allow. */
  cancelRental?(rental: Rental, options?: CallOptions): Promise<RentalCancelResult>;
  /** The rental's messages, newest first. */
  inbox?(rental: Rental, options?: CallOptions): Promise<Message[]>;
  /** The wallet balance. */
  balance?(options?: CallOptions): Promise<Money>;
  /** What can be bought, with price and stock where the provider says. */
  services?(request: ServicesRequest, options?: CallOptions): Promise<ServiceOffer[]>;
  /**
   * The rentals it sells now, with their prices: what `client.quote({ kind: "rental" })` and the router's
   * cheapest-first `rent` read. Present on every adapter with rentals; never buys. Not an operation of its
   * own: it comes with `capabilities.rentals`.
   */
  rentalOffers?(request: RentalOffersRequest, options?: CallOptions): Promise<RentalOffer[]>;
  /**
   * Looks for a purchase whose process ended before its reply was seen, by the provider's own record
   * (an order list and the time the request started); never buys. Only `recover()` calls it, and only
   * long enough after `startedAt` that a request still queued at the provider has landed. Absent where
   * the provider has no such record (then the purchase is an `OutcomeUnknownError`).
   */
  findPurchase?(intent: PurchaseIntent, options?: CallOptions): Promise<FoundPurchase>;
}

/** The operations of the contract and the capability each needs. */
export const OPERATION_CAPABILITY = {
  buy: "activations",
  poll: "activations",
  cancel: "activations",
  done: "done",
  rent: "rentals",
  getRental: "rentals",
  inbox: "rentals",
  renew: "renew",
  cancelRental: "cancelRental",
  balance: "balance",
  services: "services",
} as const satisfies Record<string, keyof ProviderCapabilities>;

export type Operation = keyof typeof OPERATION_CAPABILITY;

/** A provider type whose listed operations are present: what an adapter's own type declares it has. */
export type ProviderWith<K extends Operation> = Provider & { [P in K]-?: NonNullable<Provider[P]> };

/**
 * Options every HTTP adapter factory takes (the README, "Providers"). Checked at construction: a missing
 * key or a misspelled option name is a `ValidationError` there, not at the first request.
 */
export interface HttpProviderOptions {
  /**
   * Your key for the provider's API: printable ASCII without spaces, at most 1024 characters. Required.
   * It is kept out of every error, log line, hook event, `JSON.stringify` and `util.inspect`.
   */
  apiKey: string;
  /** Where the API lives, an absolute URL (your proxy, a test server). Default: the provider's own. */
  baseUrl?: string;
  /** Per-attempt timeout in ms, a positive integer (default 30 000); running out is a `NetworkError`. */
  timeoutMs?: number;
  /**
   * Overall deadline of one call in ms, retries included, a positive integer (default 120 000); running
   * out is a `NetworkError`.
   */
  deadlineMs?: number;
  /**
   * How requests that are safe to repeat are retried (GETs that move no money, and purchases carrying an
   * idempotency key the provider de-duplicates) on network errors, 408, 429 and 5xx. Default: 2 retries,
   * 500 ms x 2^n with jitter, capped at 8 s. Other purchases are never retried.
   */
  retry?: RetryOptions;
  /**
   * The most requests to send per interval, for this provider object. Default: the limit the provider
   * documents (NumPool and Temp Number: 60 a minute), none where it documents none.
   */
  rateLimit?: RateLimit;
  /**
   * A budget to draw from instead of the in-process one (shared across processes): a `RequestBudget`, or
   * a `BudgetSource` (`redisBudget(redis)` from "unisms/redis") asked once for this account's budget, with
   * the limit in force (`rateLimit`, else the documented one). With a `RequestBudget`, `rateLimit` is unused.
   */
  budget?: RequestBudget | BudgetSource;
  /** The `fetch` to send requests with (a proxy agent, a recorder). Default: the global `fetch`. */
  fetch?: typeof fetch;
  /** Called around every attempt with its method, path (no query), status and duration; never a secret. */
  hooks?: TransportHooks;
  /** Receives one `debug` line per attempt, never a secret; `console` works. Default: none. */
  logger?: Logger;
}
