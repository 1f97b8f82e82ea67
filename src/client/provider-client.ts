/**
 * The client over one provider: every input checked before any request (`validate`, then the provider
 * guard), `maxPrice` held, paid calls journalled, and wire work left to the adapter (retries to its
 * transport). `createClient({ provider })` returns it as it is; the router holds one per provider and
 * hands each call on an order or rental to the one that sold it.
 */
import * as z from "zod/mini";
import { ValidationError } from "../core/errors.js";
import { lazy } from "../core/lazy.js";
import { type Order, orderState, type ProviderName, type Rental } from "../core/model.js";
import type { Provider } from "../core/provider.js";
import { validate } from "../core/validation.js";
import { withCallOptions } from "./call-options.js";
import { checkOwner } from "./check-owner.js";
import type { SmsClient } from "./client.js";
import {
  buyInputSchema,
  ingestEventSchema,
  optionalProviderName,
  orderSchema,
  recoverOptionsSchema,
  renewInputSchema,
  rentalSchema,
  rentInputSchema,
  servicesInputSchema,
  waitOptionsSchema,
  watchOptionsSchema,
} from "./inputs.js";
import type { Journal } from "./journal/journal.js";
import { JournalKeeper } from "./journal/journal-keeper.js";
import { recover } from "./journal/recover.js";
import { OrderWatcher, type WatchOptions } from "./order-watcher.js";
import { schedulerFor } from "./poll-scheduler.js";
import { look } from "./poll-step.js";
import { enforceMaxPrice } from "./price-check.js";
import { guarded } from "./provider-guard.js";
import { type QuoteSource, quoteOffers } from "./quote.js";
import { defaultTimeoutMs, type WaitOptions, waitForCode } from "./wait-for-code.js";
import { runWithOrder } from "./with-order.js";

/** A provider with its client and journal keeper: what the router holds per provider. */
export interface ProviderSession {
  readonly provider: Provider;
  readonly client: SmsClient;
  readonly keeper: JournalKeeper;
}

/** Checks an order or rental handed back in (or its JSON round trip), nested under its argument's name. */
// Nested under the argument's name, so a bad field reads `order.status`, as `order.provider` does. Built
// once, on first use: a schema made per call costs more than the check itself.
const orderArgument = /* @__PURE__ */ lazy(() => z.object({ order: orderSchema }));
const rentalArgument = /* @__PURE__ */ lazy(() => z.object({ rental: rentalSchema }));

export function checkTarget<T extends Order | Rental>(
  value: unknown,
  what: "order" | "rental",
  provider: ProviderName | null,
): T {
  const wrapped = (what === "order" ? orderArgument() : rentalArgument()) as z.core.$ZodType<
    Record<string, T>
  >;
  const checked = validate(wrapped, { [what]: value }, what, provider)[what]!;
  // An order saved by an older version, or put together by hand, may pair them as `Order` does not.
  return (
    what === "order"
      ? { ...checked, ...orderState((checked as Order).status, (checked as Order).code) }
      : checked
  ) as T;
}

/** Tells an order from a rental by shape: only orders carry a `code`. */
export function isOrderLike(target: unknown): boolean {
  return typeof target === "object" && target !== null && "code" in target;
}

export function providerSession(
  provider: Provider,
  journal: Journal | undefined,
  quotes: QuoteSource,
): ProviderSession {
  const name = provider.name;
  const caps = provider.capabilities;
  const keeper = new JournalKeeper(journal, name);

  function own<T extends Order | Rental>(value: unknown, what: "order" | "rental"): T {
    const checked = checkTarget<T>(value, what, name);
    checkOwner([name], checked.provider, `${what}.provider`, name);
    return checked;
  }
  const ownOrder = (order: unknown) => own<Order>(order, "order");
  const ownRental = (rental: unknown) => own<Rental>(rental, "rental");
  /** A call that names a provider must name this client's one. */
  const checkProvider = (requested: ProviderName | undefined) => {
    if (requested !== undefined) checkOwner([name], requested, "provider", name);
  };

  function watch<T extends Order | Rental>(target: T, options?: WatchOptions): OrderWatcher<T> {
    const isOrder = isOrderLike(target);
    const checked = (isOrder ? ownOrder(target) : ownRental(target)) as T;
    guarded(provider, isOrder ? "poll" : "getRental");
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
      checkProvider(req.provider);
      const buy = guarded(provider, "buy", req);
      const request = {
        service: req.service,
        country: req.country ?? null,
        channel: req.channel ?? "sms",
        areaCode: req.areaCode ?? null,
        idempotencyKey: req.idempotencyKey ?? null,
      } as const;
      return withCallOptions(name, "buy", options, async (opts) => {
        if (req.maxPrice) await enforceMaxPrice(provider, request, req.maxPrice, opts);
        return keeper.purchase("buy", { ...request }, () => buy(request, opts));
      });
    },

    async poll(order, options) {
      const checked = ownOrder(order);
      guarded(provider, "poll");
      return withCallOptions(name, "poll", options, async (opts) => {
        const latest = await look(provider, checked, opts);
        await keeper.observe(latest);
        return latest;
      });
    },

    async waitForCode(order, options) {
      const checked = ownOrder(order);
      guarded(provider, "poll");
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
      return runWithOrder(
        fn,
        () => client.buy(input, options),
        () => ({ provider, keeper }),
      );
    },

    async done(order, options) {
      const checked = ownOrder(order);
      const done = guarded(provider, "done");
      return withCallOptions(name, "done", options, async (opts) => {
        const finished = await done(checked, opts);
        await keeper.settled(checked.id);
        return finished;
      });
    },

    async cancel(order, options) {
      const checked = ownOrder(order);
      const cancel = guarded(provider, "cancel");
      return withCallOptions(name, "cancel", options, async (opts) => {
        const result = await keeper.cancelling(checked, () => cancel(checked, opts));
        await keeper.settled(checked.id);
        return result;
      });
    },

    async rent(input, options) {
      const req = validate(rentInputSchema, input, "rent", name);
      checkProvider(req.provider);
      const rent = guarded(provider, "rent", req);
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
      const getRental = guarded(provider, "getRental");
      return withCallOptions(name, "getRental", options, (opts) => getRental(checked, opts));
    },

    async renew(rental, input, options) {
      const checked = ownRental(rental);
      const req = validate(renewInputSchema, input, "renew", name) ?? {};
      const renew = guarded(provider, "renew", req);
      const request = { days: req.days ?? null, idempotencyKey: req.idempotencyKey ?? null };
      // The expiry it had is what a crash mid-renewal is settled against.
      const intent = { rentalId: checked.id, ...request, expiresAt: checked.expiresAt, rental: checked };
      return withCallOptions(name, "renew", options, (opts) =>
        keeper.purchase("renew", intent, () => renew(checked, request, opts)),
      );
    },

    async cancelRental(rental, options) {
      const checked = ownRental(rental);
      const cancelRental = guarded(provider, "cancelRental");
      return withCallOptions(name, "cancelRental", options, (opts) => cancelRental(checked, opts));
    },

    async inbox(rental, options) {
      const checked = ownRental(rental);
      const inbox = guarded(provider, "inbox");
      return withCallOptions(name, "inbox", options, (opts) => inbox(checked, opts));
    },

    async balance(which, options) {
      checkProvider(validate(optionalProviderName, which, "provider", name));
      const balance = guarded(provider, "balance");
      return withCallOptions(name, "balance", options, (opts) => balance(opts));
    },

    async services(input, options) {
      const req = validate(servicesInputSchema, input, "services", name) ?? {};
      checkProvider(req.provider);
      const services = guarded(provider, "services", req);
      return withCallOptions(name, "services", options, (opts) =>
        services({ country: req.country ?? null, ...(req.channel ? { channel: req.channel } : {}) }, opts),
      );
    },

    async quote(input, options) {
      return quoteOffers([provider], quotes, input, options);
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
      return recover(new Map([[name, { provider, keeper }]]), journal, opts);
    },
  };

  return { provider, client, keeper };
}
