/**
 * `createClient`: the public face. Over one provider (`{ provider }`) it is that provider's client (see
 * `provider-client.ts`); over several (`{ providers }`) it routes (see `router/routing-client.ts`).
 */
import { ValidationError } from "../core/errors.js";
import type {
  CancelResult,
  Message,
  Money,
  Order,
  ProviderName,
  Rental,
  RentalCancelResult,
  ServiceOffer,
} from "../core/model.js";
import type { Provider } from "../core/provider.js";
import type { SmsClientFor } from "./client-for.js";
import type {
  BuyInput,
  IngestEvent,
  RenewInput,
  RentInput,
  RequestOptions,
  ServicesInput,
} from "./inputs.js";
import type { Journal } from "./journal/journal.js";
import type { RecoverOptions, RecoveryReport } from "./journal/recover.js";
import type { OrderWatcher, WatchOptions } from "./order-watcher.js";
import { providerSession } from "./provider-client.js";
import { type Quote, type QuoteInput, quoteCache } from "./quote.js";
import {
  createRoutingClient,
  type RoutingClient,
  type RoutingClientOptions,
} from "./router/routing-client.js";
import type { CodeResult, WaitOptions } from "./wait-for-code.js";

/** What `createClient` takes. */
export interface ClientOptions<P extends Provider = Provider> {
  /** The provider the client works through, e.g. `sandbox()` or `numpool({ apiKey })`. */
  provider: P;
  /**
   * Where paid calls are written down before their request leaves, so that `recover()` in a later
   * process can settle what this one leaves behind (`fileJournal(path)`, `memoryJournal()`, or your own).
   */
  journal?: Journal;
}

/**
 * What `createClient` returns: one provider's numbers behind one API. Every method checks its input before
 * any request (`ValidationError`), and one the provider lacks is an `UnsupportedError` before any request.
 * The last argument, `RequestOptions`, takes a `signal` and a `timeoutMs` for the whole call. Orders and
 * rentals are plain data: one saved as JSON can be passed back in.
 */
export interface SmsClient {
  /** The provider the client works through; `provider.capabilities` says what it can do. */
  readonly provider: Provider;
  /**
   * Buys a number for one code (an activation), `waiting` for it. `OutOfStockError` when there is none now
   * (or none within `maxPrice`), `InsufficientBalanceError` when the wallet cannot pay; a purchase whose
   * reply was lost and could not be settled is an `OutcomeUnknownError`: do not simply buy again.
   */
  buy(input: BuyInput, options?: RequestOptions): Promise<Order>;
  /** One fresh look at an order: its status, newest code and messages (newest first). */
  poll(order: Order, options?: RequestOptions): Promise<Order>;
  /**
   * Watches the order until a code arrives, and returns it with its message and the order. When
   * `timeoutMs` runs out it cancels the order for its refund (unless `cancelOnTimeout: false`) and throws
   * `TimeoutError`; an order that expires first is a `TimeoutError` too, and one cancelled or finished
   * elsewhere an `OrderStateError`.
   */
  waitForCode(order: Order, options?: WaitOptions): Promise<CodeResult>;
  /** Events for one order or rental until it ends; also an async iterator of its messages. */
  watch<T extends Order | Rental>(target: T, options?: WatchOptions): OrderWatcher<T>;
  /**
   * Hands a pushed event (a verified, parsed FetchSMS webhook) to the watchers of its order or rental at
   * once; their polling relaxes. Returns how many watchers took it (0: nobody watches that id).
   */
  ingest(event: IngestEvent): number;
  /**
   * Buys, runs `fn` with the order, and when `fn` is done (or throws) cancels the order for its refund
   * unless it got a code or was finished meanwhile: a script that fails half-way never leaks a paid number.
   */
  withOrder<R>(input: BuyInput, fn: (order: Order) => Promise<R> | R, options?: RequestOptions): Promise<R>;
  /** Marks an activation finished (its code was used); returns the order, closed. */
  done(order: Order, options?: RequestOptions): Promise<Order>;
  /**
   * Cancels an order for its refund: `refunded` is what came back, or null. An order the provider will no
   * longer cancel (closed, or one whose code came) is an `OrderStateError`.
   */
  cancel(order: Order, options?: RequestOptions): Promise<CancelResult>;
  /**
   * Rents a number for `days`, which must be one the provider sells (`capabilities.rentalDays`). A rental
   * whose reply was lost and could not be settled is an `OutcomeUnknownError`, as for `buy`.
   */
  rent(input: RentInput, options?: RequestOptions): Promise<Rental>;
  /** A fresh look at a rental: status, expiry, messages. */
  getRental(rental: Rental, options?: RequestOptions): Promise<Rental>;
  /**
   * Extends a rental by `days` (omitted: the provider's default period) and returns it with its new
   * `expiresAt`. A paid call: a lost reply that could not be settled is an `OutcomeUnknownError`.
   */
  renew(rental: Rental, input?: RenewInput, options?: RequestOptions): Promise<Rental>;
  /**
   * Releases a rental before its end: `refunded` is what came back where the provider's rules allow a
   * refund, or null.
   */
  cancelRental(rental: Rental, options?: RequestOptions): Promise<RentalCancelResult>;
  /** The rental's messages, newest first. */
  inbox(rental: Rental, options?: RequestOptions): Promise<Message[]>;
  /** The wallet balance; naming a provider other than the client's is a `ValidationError`. */
  balance(provider?: ProviderName, options?: RequestOptions): Promise<Money>;
  /** What can be bought (in `country`, on `channel`), with price and stock where the provider says. */
  services(input?: ServicesInput, options?: RequestOptions): Promise<ServiceOffer[]>;
  /**
   * What a number for `service` (or a rental, `kind: "rental"`) costs now, offer by offer, without buying.
   * Catalogs are kept for a minute; a provider that failed is listed beside the offers, not thrown.
   */
  quote(input: QuoteInput, options?: RequestOptions): Promise<Quote>;
  /**
   * Settles what an earlier process left in the journal (see `RecoveryReport`); never buys. Needs a
   * `journal`.
   */
  recover(options?: RecoverOptions): Promise<RecoveryReport>;
}

/**
 * A client over one provider (`{ provider }`), typed by what that provider can do (`SmsClientFor`), or over
 * several (`{ providers }`), routing purchases among them (`RoutingClient`). Whatever the provider, an
 * operation it lacks is an `UnsupportedError` before any request.
 */
export function createClient(options: RoutingClientOptions): RoutingClient;
export function createClient<P extends Provider>(options: ClientOptions<P>): SmsClientFor<P>;
export function createClient(options: ClientOptions | RoutingClientOptions): SmsClient | RoutingClient {
  if (options && typeof options === "object" && "providers" in options) {
    if ("provider" in options) {
      throw new ValidationError("createClient: pass provider (one) or providers (several), not both", {
        field: "provider",
      });
    }
    return createRoutingClient(options);
  }
  const provider = (options as ClientOptions | undefined)?.provider;
  if (!provider || typeof provider !== "object" || !("capabilities" in provider)) {
    throw new ValidationError(
      "createClient: provider is required (e.g. sandbox() or numpool({ apiKey })), or providers: [...] for several",
      { field: "provider" },
    );
  }
  // A client over one provider keeps quotes as long as a routed one does.
  return providerSession(provider, options.journal, quoteCache(60_000)).client;
}
