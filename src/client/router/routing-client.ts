/**
 * `createClient({ providers })`: one client over several providers. `buy` and `rent` try the providers
 * in the strategy's order (see `planPurchase`) and move on only when no money can have moved; every later
 * call on an order or rental goes to the provider that sold it (`order.provider`), through that
 * provider's own client, so its rate budget, journal entries and rules are the ones a client over it
 * alone would use.
 *
 * When to move on. A paid call that fails with anything but `OutcomeUnknownError` bought nothing: a lost
 * reply is reconciled by the adapter, and what cannot be settled is an `OutcomeUnknownError`. So the
 * router moves on after `OutOfStockError`, `ProviderError`, `NetworkError`, `RateLimitError`,
 * `ResponseFormatError`, `UnsupportedError` (refused before any request) and a `ValidationError` the
 * adapter raised before any request (this provider cannot take the request: a service it has no id for).
 * It stops at once on `OutcomeUnknownError` (you may have been charged: no second purchase anywhere), on
 * what is the caller's to fix whichever provider sells (`AuthenticationError`, `InsufficientBalanceError`,
 * a `ValidationError` the provider answered), and on an abort.
 */
import * as z from "zod/mini";
import {
  NetworkError,
  NoProviderError,
  type ProviderFailure,
  SmsError,
  ValidationError,
} from "../../core/errors.js";
import {
  CURRENCIES,
  type Currency,
  type Money,
  type Order,
  type ProviderName,
  type Rental,
} from "../../core/model.js";
import type { Provider } from "../../core/provider.js";
import { validate } from "../../core/validation.js";
import { withCallOptions } from "../call-options.js";
import { checkOwner } from "../check-owner.js";
import type { SmsClient } from "../client.js";
import {
  type BuyInput,
  buyInputSchema,
  ingestEventSchema,
  optionalProviderName,
  type RentInput,
  type RequestOptions,
  recoverOptionsSchema,
  rentInputSchema,
  servicesInputSchema,
} from "../inputs.js";
import type { Journal } from "../journal/journal.js";
import { recover } from "../journal/recover.js";
import type { OrderWatcher, WatchOptions } from "../order-watcher.js";
import { checkTarget, isOrderLike, type ProviderSession, providerSession } from "../provider-client.js";
import { refusal } from "../provider-guard.js";
import { quoteCache, quoteOffers } from "../quote.js";
import { runWithOrder } from "../with-order.js";
import {
  Breaker,
  type BreakerOptions,
  cameFromRequest,
  isProviderFailure,
  type ProviderHealth,
} from "./breaker.js";
import type { PriceScale, Strategy } from "./price-scale.js";
import { type Candidate, type PlannedPurchase, planPurchase } from "./purchase-plan.js";

/** What `createClient` takes to route over several providers. */
export interface RoutingClientOptions {
  /** The providers, each at most once, in your order of preference (what `"ordered"` follows). */
  providers: readonly Provider[];
  /**
   * `"cheapest"` (the default): `buy` and `rent` try the cheapest offer first, by the providers'
   * catalogs; `"ordered"`: the providers in the order given.
   */
  strategy?: Strategy;
  /** The currency prices are compared in (default `"USD"`). */
  currency?: Currency;
  /**
   * How much of `currency` one unit of each other currency is worth, e.g. `{ EUR: 1.08 }`: without a rate,
   * an offer in another currency is never compared (it ranks after every one that can be) and `maxPrice`
   * is never held against it (that provider is left out).
   */
  rates?: Partial<Record<Currency, number>>;
  /** How long a provider's catalog is kept for quotes and cheapest-first ranking, in ms (default 60 000; 0: not kept). */
  quoteCacheMs?: number;
  /**
   * How long a quote, or the ranking of a buy or rent, waits for one provider's catalog, in ms (default
   * 10 000). A slower provider is reported as failed in the quote, and tried after the priced ones (or
   * left out under `maxPrice`); its answer is kept when it comes.
   */
  catalogWaitMs?: number;
  /** When a provider that keeps failing rests, and for how long. */
  breaker?: BreakerOptions;
  /** As for a client over one provider: every provider's paid calls are written to it. */
  journal?: Journal;
}

/** What `balance()` of a routed client returns: each provider's balance, and who failed to say. */
export interface Balances {
  /** Each provider's balance, by name. */
  balances: Partial<Record<ProviderName, Money>>;
  /** The providers that failed (or keep no wallet to read), with their errors. */
  failures: ProviderFailure[];
}

/**
 * A client over several providers. It has every method of `SmsClient`, routed: `buy`, `rent` and
 * `withOrder` pick a provider (see `RoutingClientOptions.strategy`), a call that names `provider` goes
 * there alone, and every call on an order or rental goes to the provider that sold it.
 */
export interface RoutingClient extends Omit<SmsClient, "provider" | "balance"> {
  /** The providers, in the order given. */
  readonly providers: readonly Provider[];
  /** How `buy` and `rent` pick among them. */
  readonly strategy: Strategy;
  /** One provider's balance. */
  balance(provider: ProviderName, options?: RequestOptions): Promise<Money>;
  /** Every provider's balance, read in parallel; one that fails is listed in `failures`. */
  balance(provider?: undefined, options?: RequestOptions): Promise<Balances>;
  /** Each provider's health: which rest after repeated failures, and until when. */
  health(): ProviderHealth[];
}

const rate = z.number().check(z.positive());
const upToADayMs = z.int().check(z.gte(0), z.lte(86_400_000));
const routingOptionsSchema = z.strictObject({
  providers: z
    .array(
      z.custom<Provider>(
        (p) => typeof p === "object" && p !== null && "capabilities" in p && "name" in p,
        "each provider is an adapter, e.g. numpool({ apiKey })",
      ),
    )
    .check(z.minLength(1, "providers needs at least one provider")),
  strategy: z.optional(z.enum(["cheapest", "ordered"])),
  currency: z.optional(z.enum(CURRENCIES)),
  rates: z.optional(z.strictObject({ USD: z.optional(rate), EUR: z.optional(rate) })),
  quoteCacheMs: z.optional(upToADayMs),
  catalogWaitMs: z.optional(z.int().check(z.positive(), z.lte(600_000))),
  breaker: z.optional(
    z.strictObject({
      failures: z.optional(z.int().check(z.positive(), z.lte(1000))),
      cooldownMs: z.optional(upToADayMs),
    }),
  ),
  journal: z.optional(z.custom<Journal>((j) => typeof j === "object" && j !== null)),
});

/**
 * Whether a purchase that failed this way may go to the next provider: nothing was bought, and another
 * provider may do better. A `ValidationError` here is this provider's alone (the request passed the
 * client's own checks first): a service it has no id for, a package it does not sell. A `NetworkError`
 * moves on only when the request never left; one whose absence was found by looking afterwards
 * (`reconciled`) may still be acted on late, so buying elsewhere could be a second purchase.
 */
function movesOn(error: SmsError): boolean {
  if (error instanceof NetworkError) return !error.requestMayHaveBeenSent && !error.reconciled;
  return (
    error.code === "out_of_stock" ||
    error.code === "unsupported" ||
    error.code === "invalid_request" ||
    isProviderFailure(error)
  );
}

export function createRoutingClient(options: RoutingClientOptions): RoutingClient {
  const opts = validate(routingOptionsSchema, options, "createClient");
  const providers = opts.providers;
  const names = providers.map((p) => p.name);
  const twice = names.find((n, i) => names.indexOf(n) !== i);
  if (twice) {
    throw new ValidationError(
      `createClient: ${twice} is given twice; a client holds one account per provider (orders name only the provider)`,
      { field: "providers" },
    );
  }
  const strategy = opts.strategy ?? "cheapest";
  const currency = opts.currency ?? "USD";
  const scale: PriceScale = { strategy, currency, rates: opts.rates ?? {} };
  if (scale.rates[currency] !== undefined) {
    throw new ValidationError(
      `createClient: rates.${currency} is the comparison currency itself; leave it out`,
      {
        field: `rates.${currency}`,
      },
    );
  }
  const breaker = new Breaker(names, opts.breaker);
  // A catalog read counts for the provider's health; an answer the cache kept does not.
  // A refusal the adapter made before any request (NumPool's rental prices need a service) tells nothing.
  const quotes = quoteCache(
    opts.quoteCacheMs ?? 60_000,
    (p, error) => {
      if (!error || cameFromRequest(error)) breaker.record(p.name, error, "catalog");
    },
    opts.catalogWaitMs,
  );
  const journal = opts.journal;
  const sessions = new Map<ProviderName, ProviderSession>(
    providers.map((p) => [p.name, providerSession(p, journal, quotes)]),
  );

  const sessionOf = (name: ProviderName, field: string): ProviderSession => {
    checkOwner(names, name, field, null);
    return sessions.get(name)!;
  };
  const sellerOfOrder = (order: unknown) =>
    sessionOf(checkTarget<Order>(order, "order", null).provider, "order.provider");
  const sellerOfRental = (rental: unknown) =>
    sessionOf(checkTarget<Rental>(rental, "rental", null).provider, "rental.provider");
  const callOptions = (signal: AbortSignal | undefined): RequestOptions | undefined =>
    signal ? { signal } : undefined;

  /** Tries the plan's candidates in order; see the module's comment for when it moves on. */
  async function route<T>(
    purchase: PlannedPurchase,
    signal: AbortSignal | undefined,
    attempt: (session: ProviderSession, candidate: Candidate) => Promise<T>,
  ): Promise<T> {
    const plan = await planPurchase(providers, purchase, scale, quotes, breaker, callOptions(signal));
    const attempts: ProviderFailure[] = [...plan.skipped];
    for (const candidate of plan.candidates) {
      const name = candidate.provider.name;
      // It may have come to rest while an earlier candidate was tried.
      const resting = breaker.resting(name);
      if (resting) {
        attempts.push({ provider: name, error: resting });
        continue;
      }
      try {
        const result = await attempt(sessions.get(name)!, candidate);
        breaker.record(name, null, "purchase");
        return result;
      } catch (error) {
        if (!(error instanceof SmsError)) throw error;
        if (cameFromRequest(error)) breaker.record(name, error, "purchase");
        if (!movesOn(error)) throw error;
        attempts.push({ provider: name, error });
      }
    }
    const what =
      purchase.operation === "buy"
        ? `a ${purchase.service} number${purchase.country ? ` in ${purchase.country}` : ""}`
        : `a ${purchase.days}-day rental${purchase.country ? ` in ${purchase.country}` : ""}`;
    attempts.sort((a, b) => names.indexOf(a.provider) - names.indexOf(b.provider));
    throw new NoProviderError(`no provider could sell ${what}`, attempts);
  }

  async function buy(input: BuyInput, options?: RequestOptions): Promise<Order> {
    const req = validate(buyInputSchema, input, "buy");
    if (req.provider !== undefined) return sessionOf(req.provider, "provider").client.buy(input, options);
    return withCallOptions(null, "buy", options, ({ signal } = {}) =>
      route(
        {
          operation: "buy",
          service: req.service,
          country: req.country ?? null,
          channel: req.channel ?? "sms",
          areaCode: req.areaCode ?? null,
          idempotencyKey: req.idempotencyKey ?? null,
          maxPrice: req.maxPrice ?? null,
        },
        signal,
        (session, candidate) => {
          // The plan converts the caller's limit into each provider's currency; never drop it on the way.
          const maxPrice = candidate.maxPrice ?? req.maxPrice;
          return session.client.buy({ ...req, ...(maxPrice ? { maxPrice } : {}) }, callOptions(signal));
        },
      ),
    );
  }

  async function rent(input: RentInput, options?: RequestOptions): Promise<Rental> {
    const req = validate(rentInputSchema, input, "rent");
    if (req.provider !== undefined) return sessionOf(req.provider, "provider").client.rent(input, options);
    return withCallOptions(null, "rent", options, ({ signal } = {}) =>
      route(
        {
          operation: "rent",
          service: req.service ?? null,
          country: req.country ?? null,
          days: req.days,
          numberType: req.numberType ?? null,
          idempotencyKey: req.idempotencyKey ?? null,
          maxPrice: null,
        },
        signal,
        (session) => session.client.rent(req, callOptions(signal)),
      ),
    );
  }

  const client: RoutingClient = {
    providers,
    strategy,
    buy,
    rent,
    poll: async (order, options) => sellerOfOrder(order).client.poll(order, options),
    waitForCode: async (order, options) => sellerOfOrder(order).client.waitForCode(order, options),
    watch<T extends Order | Rental>(target: T, options?: WatchOptions): OrderWatcher<T> {
      const seller = isOrderLike(target) ? sellerOfOrder(target) : sellerOfRental(target);
      return seller.client.watch(target, options);
    },
    ingest(event) {
      validate(ingestEventSchema, event, "ingest");
      // Ids are the providers': whichever holds a watcher of it takes it.
      let taken = 0;
      for (const { client: one } of sessions.values()) taken += one.ingest(event);
      return taken;
    },
    withOrder: async (input, fn, options) =>
      runWithOrder(
        fn,
        () => buy(input, options),
        (order) => sessions.get(order.provider)!,
      ),
    done: async (order, options) => sellerOfOrder(order).client.done(order, options),
    cancel: async (order, options) => sellerOfOrder(order).client.cancel(order, options),
    getRental: async (rental, options) => sellerOfRental(rental).client.getRental(rental, options),
    renew: async (rental, input, options) => sellerOfRental(rental).client.renew(rental, input, options),
    cancelRental: async (rental, options) => sellerOfRental(rental).client.cancelRental(rental, options),
    inbox: async (rental, options) => sellerOfRental(rental).client.inbox(rental, options),

    balance: (async (which?: ProviderName, options?: RequestOptions) => {
      const named = validate(optionalProviderName, which, "provider");
      if (named !== undefined) return sessionOf(named, "provider").client.balance(named, options);
      return withCallOptions(null, "balance", options, async ({ signal } = {}) => {
        const result: Balances = { balances: {}, failures: [] };
        const read = await Promise.allSettled(
          providers.map((p) => sessions.get(p.name)!.client.balance(undefined, callOptions(signal))),
        );
        read.forEach((outcome, i) => {
          const provider = names[i]!;
          if (outcome.status === "fulfilled") result.balances[provider] = outcome.value;
          else if (outcome.reason instanceof SmsError)
            result.failures.push({ provider, error: outcome.reason });
          else throw outcome.reason;
        });
        return result;
      });
    }) as RoutingClient["balance"],

    async services(input, options) {
      const req = validate(servicesInputSchema, input, "services") ?? {};
      if (req.provider !== undefined)
        return sessionOf(req.provider, "provider").client.services(input, options);
      // Providers that list nothing here (no catalog, not that country or channel) add nothing to merge.
      const listing = providers.filter((p) => !refusal(p, "services", req));
      const lists = await Promise.all(
        listing.map((p) => sessions.get(p.name)!.client.services(input, options)),
      );
      return lists.flat();
    },

    quote: async (input, options) =>
      quoteOffers(providers, quotes, input, options, scale, (p) => breaker.resting(p.name)),

    async recover(recoverOptions) {
      const checked = validate(recoverOptionsSchema, recoverOptions, "recover options") ?? {};
      if (!journal) {
        throw new ValidationError(
          "recover needs a journal: createClient({ providers, journal: fileJournal(path) })",
          {
            field: "journal",
          },
        );
      }
      return recover(sessions, journal, checked);
    },

    health: () => breaker.health(),
  };
  return client;
}
