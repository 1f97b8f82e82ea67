/**
 * `createClient`: the public face. It validates every input with zod before any request, checks the
 * provider's declared capabilities (`UnsupportedError` before any request), enforces `maxPrice`, and
 * leaves wire work to the adapter and retries to the transport.
 */
import * as z from "zod";
import { OutOfStockError, UnsupportedError, ValidationError } from "../core/errors.js";
import {
  type CancelResult,
  type Message,
  type Money,
  type Order,
  orderState,
  PROVIDER_NAMES,
  type ProviderName,
  type Rental,
  type RentalCancelResult,
  type ServiceOffer,
} from "../core/model.js";
import { formatMoney } from "../core/money.js";
import {
  type CallOptions,
  type Channel,
  OPERATION_CAPABILITY,
  type Operation,
  type Provider,
} from "../core/provider.js";
import { validate } from "../core/validation.js";
import { withCallOptions } from "./call-options.js";
import type { SmsClientFor } from "./client-for.js";
import {
  type BuyInput,
  buyInputSchema,
  type IngestEvent,
  ingestEventSchema,
  orderSchema,
  type RenewInput,
  type RentInput,
  type RequestOptions,
  recoverOptionsSchema,
  renewInputSchema,
  rentalSchema,
  rentInputSchema,
  type ServicesInput,
  servicesInputSchema,
  waitOptionsSchema,
  watchOptionsSchema,
} from "./inputs.js";
import type { Journal } from "./journal/journal.js";
import { JournalKeeper } from "./journal/journal-keeper.js";
import { type RecoverOptions, type RecoveryReport, recover } from "./journal/recover.js";
import { OrderWatcher, type WatchOptions } from "./order-watcher.js";
import { schedulerFor } from "./poll-scheduler.js";
import { look } from "./poll-step.js";
import { type CodeResult, defaultTimeoutMs, type WaitOptions, waitForCode } from "./wait-for-code.js";
import { releaseOrder } from "./with-order.js";

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
   * Settles what an earlier process left in the journal (see `RecoveryReport`); never buys. Needs a
   * `journal`.
   */
  recover(options?: RecoverOptions): Promise<RecoveryReport>;
}

const providerNameSchema = z.enum(PROVIDER_NAMES).optional();

/** The adapter's method for `op`, or `UnsupportedError` when the provider does not declare it. */
function operation<K extends Operation>(provider: Provider, op: K): NonNullable<Provider[K]> {
  const method = provider[op];
  if (!provider.capabilities[OPERATION_CAPABILITY[op]] || typeof method !== "function") {
    throw new UnsupportedError(`${provider.name} does not support ${op}`, { provider: provider.name });
  }
  return method.bind(provider) as NonNullable<Provider[K]>;
}

/**
 * A client over one provider. Its type offers only the methods the provider's type declares (see
 * `SmsClientFor`); whatever the type, an operation the provider lacks is an `UnsupportedError` before any
 * request.
 */
export function createClient<P extends Provider>(options: ClientOptions<P>): SmsClientFor<P> {
  const provider = options?.provider;
  if (!provider || typeof provider !== "object" || !("capabilities" in provider)) {
    throw new ValidationError("createClient: provider is required (e.g. sandbox() or numpool({ apiKey }))", {
      field: "provider",
    });
  }
  const name = provider.name;
  const caps = provider.capabilities;
  const journal = options.journal;
  const keeper = new JournalKeeper(journal, name);

  function own<T extends Order | Rental>(schema: z.ZodType<T>, value: unknown, what: "order" | "rental"): T {
    // Nested under the argument's name, so a bad field reads `order.status`, as `order.provider` does.
    const wrapped = z.object({ [what]: schema }) as unknown as z.ZodType<Record<string, T>>;
    const checked = validate(wrapped, { [what]: value }, what, name)[what]!;
    if (checked.provider !== name) {
      throw new ValidationError(`${what} belongs to ${checked.provider}, not ${name}`, {
        provider: name,
        field: `${what}.provider`,
        allowed: [name],
      });
    }
    return checked;
  }
  const ownOrder = (order: unknown): Order => {
    const checked = own(orderSchema as z.ZodType<Order>, order, "order");
    // An order saved by an older version, or put together by hand, may pair them as `Order` does not.
    return { ...checked, ...orderState(checked.status, checked.code) };
  };
  const ownRental = (rental: unknown) => own(rentalSchema as z.ZodType<Rental>, rental, "rental");

  /** A call that names a provider must name this client's one. */
  function checkProvider(requested: ProviderName | undefined): void {
    if (requested && requested !== name) {
      throw new ValidationError(`this client has no ${requested} provider`, {
        provider: name,
        field: "provider",
        allowed: [name],
      });
    }
  }

  /**
   * A key only makes a retried purchase safe where the provider de-duplicates by it; elsewhere it would
   * be silently dropped and the retry charged again, so it is refused.
   */
  function checkIdempotencyKey(key: string | undefined): void {
    if (key !== undefined && !caps.idempotency) {
      throw new UnsupportedError(
        `${name} does not de-duplicate purchases, so an idempotencyKey cannot make a retry safe; leave it out`,
        { provider: name },
      );
    }
  }

  function checkCountry(country: string | undefined): void {
    if (country && caps.countries && !caps.countries.includes(country)) {
      throw new ValidationError(`${name} does not sell numbers in ${country}`, {
        provider: name,
        field: "country",
        allowed: caps.countries,
      });
    }
  }

  async function enforceMaxPrice(
    service: string,
    country: string | null,
    channel: Channel,
    maxPrice: Money,
    options: CallOptions | undefined,
  ): Promise<void> {
    if (!provider.services) {
      throw new UnsupportedError(
        `${name} quotes no prices, so maxPrice cannot be enforced: buy without maxPrice`,
        { provider: name },
      );
    }
    const offers = await provider.services({ country, service, channel }, options);
    const priced = offers
      .filter((o) => (o.service === service || o.providerServiceId === service) && o.price)
      .filter((o) => !country || !o.country || o.country === country);
    const prices = priced.map((o) => o.price!);
    if (prices.length === 0) {
      throw new UnsupportedError(`${name} quotes no price for ${service}, so maxPrice cannot be enforced`, {
        provider: name,
      });
    }
    // Priced per country but no country named: the provider picks one and the client cannot know
    // which, so the limit must hold for every country it might pick, not just the cheapest.
    const anyCountry = !country && priced.some((o) => o.country);
    const quote = prices.reduce((a, b) => ((anyCountry ? b.amount > a.amount : b.amount < a.amount) ? b : a));
    if (quote.currency !== maxPrice.currency) {
      throw new ValidationError(`maxPrice must be in ${quote.currency} for ${name}`, {
        provider: name,
        field: "maxPrice.currency",
        allowed: [quote.currency],
      });
    }
    if (quote.amount > maxPrice.amount) {
      const hint = anyCountry
        ? `up to ${formatMoney(quote)} by country; name a country`
        : `cheapest ${formatMoney(quote)}`;
      const message = `${name}: no ${service} number at or below ${formatMoney(maxPrice)} (${hint})`;
      throw new OutOfStockError(message, { provider: name });
    }
  }

  function watch<T extends Order | Rental>(target: T, options?: WatchOptions): OrderWatcher<T> {
    const isOrder = target && typeof target === "object" && "code" in target;
    const checked = (isOrder ? ownOrder(target) : ownRental(target)) as T;
    operation(provider, isOrder ? "poll" : "getRental");
    const opts = validate(watchOptionsSchema, options, "watch options", name) ?? {};
    const watcher = new OrderWatcher<T>(
      schedulerFor(provider),
      checked,
      opts.intervalMs ?? caps.pollIntervalMs,
      opts,
      (order, run, stillOpen) => keeper.cancelling(order, run, stillOpen),
    );
    // A code, or the end of the order (done, expired, cancelled on a timeout), closes its journal entry.
    if (keeper.enabled) {
      watcher.on("code", () => void keeper.observe(watcher.target));
      watcher.on("end", () => void keeper.observe(watcher.target));
    }
    return watcher;
  }

  const client: SmsClient = {
    provider,

    async buy(input, options) {
      const req = validate(buyInputSchema, input, "buy", name);
      const buy = operation(provider, "buy");
      checkCountry(req.country);
      if (req.channel === "voice" && !caps.voice) {
        throw new UnsupportedError(`${name} has no voice channel`, { provider: name });
      }
      if (req.areaCode && !caps.areaCode) {
        throw new UnsupportedError(`${name} does not take an area code`, { provider: name });
      }
      checkProvider(req.provider);
      checkIdempotencyKey(req.idempotencyKey);
      return withCallOptions(name, "buy", options, async (opts) => {
        if (req.maxPrice) {
          await enforceMaxPrice(req.service, req.country ?? null, req.channel ?? "sms", req.maxPrice, opts);
        }
        const request = {
          service: req.service,
          country: req.country ?? null,
          channel: req.channel ?? "sms",
          areaCode: req.areaCode ?? null,
          idempotencyKey: req.idempotencyKey ?? null,
        } as const;
        return keeper.purchase("buy", { ...request }, () => buy(request, opts));
      });
    },

    async poll(order, options) {
      const checked = ownOrder(order);
      operation(provider, "poll");
      return withCallOptions(name, "poll", options, async (opts) => {
        const latest = await look(provider, checked, opts);
        await keeper.observe(latest);
        return latest;
      });
    },

    async waitForCode(order, options) {
      const checked = ownOrder(order);
      operation(provider, "poll");
      const opts = validate(waitOptionsSchema, options, "waitForCode options", name) ?? {};
      const { onPoll: _onPoll, onRetry: _onRetry, ...watchOptions } = opts;
      const timeoutMs = opts.timeoutMs ?? defaultTimeoutMs(checked);
      const watcher = watch(checked, { ...watchOptions, timeoutMs } as WatchOptions);
      return waitForCode(watcher as OrderWatcher<Order>, opts as WaitOptions);
    },

    watch,

    ingest(event) {
      const checked = validate(ingestEventSchema, event, "ingest", name);
      if (checked.type !== "message" && checked.type !== "status") return 0;
      const id = checked.orderId ?? checked.rentalId;
      if (!id) return 0;
      const watchers = schedulerFor(provider).entriesFor(id) as OrderWatcher<Order | Rental>[];
      for (const watcher of watchers) {
        watcher.push(
          checked.type === "message"
            ? { kind: "message", message: checked.message }
            : { kind: "status", status: checked.status },
        );
      }
      return watchers.length;
    },

    async withOrder(input, fn, options) {
      if (typeof fn !== "function") {
        throw new ValidationError("withOrder: fn must be a function (order) => ...", {
          provider: name,
          field: "fn",
        });
      }
      const order = await client.buy(input, options);
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        result = await fn(order);
      } catch (error) {
        const released = await keeper
          .cancelling(order, () => releaseOrder(provider, order))
          .then(
            () => null,
            (failure: unknown) => failure,
          );
        // Both failed: yours first, and the cancel's, since the order may still be open.
        if (released) {
          throw new AggregateError(
            [error, released],
            `withOrder: the callback failed and so did the cancel of order ${order.id}; it may still be open`,
          );
        }
        await keeper.settled(order.id);
        throw error;
      }
      await keeper.cancelling(order, () => releaseOrder(provider, order));
      await keeper.settled(order.id);
      return result;
    },

    async done(order, options) {
      const checked = ownOrder(order);
      const done = operation(provider, "done");
      return withCallOptions(name, "done", options, async (opts) => {
        const finished = await done(checked, opts);
        await keeper.settled(checked.id);
        return finished;
      });
    },

    async cancel(order, options) {
      const checked = ownOrder(order);
      const cancel = operation(provider, "cancel");
      return withCallOptions(name, "cancel", options, async (opts) => {
        const result = await keeper.cancelling(checked, () => cancel(checked, opts));
        await keeper.settled(checked.id);
        return result;
      });
    },

    async rent(input, options) {
      const req = validate(rentInputSchema, input, "rent", name);
      const rent = operation(provider, "rent");
      checkProvider(req.provider);
      checkIdempotencyKey(req.idempotencyKey);
      checkCountry(req.country);
      if (!caps.rentalDays.includes(req.days)) {
        throw new ValidationError(`${name} rents for ${caps.rentalDays.join(", ")} days, not ${req.days}`, {
          provider: name,
          field: "days",
          allowed: caps.rentalDays,
        });
      }
      const request = {
        country: req.country ?? null,
        service: req.service ?? null,
        days: req.days,
        autoRenew: req.autoRenew ?? null,
        numberType: req.numberType ?? null,
        idempotencyKey: req.idempotencyKey ?? null,
      };
      return withCallOptions(name, "rent", options, (opts) =>
        keeper.purchase("rent", { ...request }, () => rent(request, opts)),
      );
    },

    async getRental(rental, options) {
      const checked = ownRental(rental);
      const getRental = operation(provider, "getRental");
      return withCallOptions(name, "getRental", options, (opts) => getRental(checked, opts));
    },

    async renew(rental, input, options) {
      const checked = ownRental(rental);
      const req = validate(renewInputSchema, input, "renew", name) ?? {};
      const renew = operation(provider, "renew");
      checkIdempotencyKey(req.idempotencyKey);
      if (req.days !== undefined && !caps.rentalDays.includes(req.days)) {
        throw new ValidationError(`${name} renews for ${caps.rentalDays.join(", ")} days, not ${req.days}`, {
          provider: name,
          field: "days",
          allowed: caps.rentalDays,
        });
      }
      const request = { days: req.days ?? null, idempotencyKey: req.idempotencyKey ?? null };
      // The expiry it had is what a crash mid-renewal is settled against.
      const intent = { rentalId: checked.id, ...request, expiresAt: checked.expiresAt, rental: checked };
      return withCallOptions(name, "renew", options, (opts) =>
        keeper.purchase("renew", intent, () => renew(checked, request, opts)),
      );
    },

    async cancelRental(rental, options) {
      const checked = ownRental(rental);
      const cancelRental = operation(provider, "cancelRental");
      return withCallOptions(name, "cancelRental", options, (opts) => cancelRental(checked, opts));
    },

    async inbox(rental, options) {
      const checked = ownRental(rental);
      const inbox = operation(provider, "inbox");
      return withCallOptions(name, "inbox", options, (opts) => inbox(checked, opts));
    },

    async balance(which, options) {
      checkProvider(validate(providerNameSchema, which, "provider", name));
      const balance = operation(provider, "balance");
      return withCallOptions(name, "balance", options, (opts) => balance(opts));
    },

    async services(input, options) {
      const req = validate(servicesInputSchema, input, "services", name) ?? {};
      const services = operation(provider, "services");
      checkProvider(req.provider);
      checkCountry(req.country);
      if (req.channel === "voice" && !caps.voice) {
        throw new UnsupportedError(`${name} has no voice channel`, { provider: name });
      }
      return withCallOptions(name, "services", options, (opts) =>
        services({ country: req.country ?? null, ...(req.channel ? { channel: req.channel } : {}) }, opts),
      );
    },
    async recover(recoverOptions) {
      const opts = validate(recoverOptionsSchema, recoverOptions, "recover options", name) ?? {};
      if (!journal) {
        throw new ValidationError(
          "recover needs a journal: createClient({ provider, journal: fileJournal(path) })",
          {
            provider: name,
            field: "journal",
          },
        );
      }
      return recover(provider, journal, keeper, opts);
    },
  };

  return client as SmsClientFor<P>;
}
