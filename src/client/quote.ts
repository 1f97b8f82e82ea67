/**
 * `client.quote()`: what each provider would sell now and for how much, without buying. Catalogs are
 * read in parallel and kept for a while (`QuoteCache`), one provider's failure is reported beside the
 * offers, and the offers are ranked as the router would try them (`rankOffers`).
 */
import * as z from "zod/mini";
import {
  NetworkError,
  type ProviderFailure,
  SmsError,
  UnsupportedError,
  ValidationError,
} from "../core/errors.js";
import type { ProviderName, RentalOffer, ServiceOffer } from "../core/model.js";
import type {
  CallOptions,
  Channel,
  Provider,
  RentalOffersRequest,
  ServicesRequest,
} from "../core/provider.js";
import { schemaFor, validate } from "../core/validation.js";
import { withCallOptions } from "./call-options.js";
import { checkOwner } from "./check-owner.js";
import { countryInput, providerName, type RequestOptions, serviceInput } from "./inputs.js";
import { refusal } from "./provider-guard.js";
import { type PriceScale, rankOffers } from "./router/price-scale.js";

/** What `client.quote` takes. */
export interface QuoteInput {
  /**
   * The service, as for `BuyInput.service`. Required for activations; for rentals it narrows the offers to
   * numbers for that service where a provider rents per service.
   */
  service?: string;
  /** ISO 3166 alpha-2, as for `BuyInput.country`. Omitted: every country each provider lists. */
  country?: string;
  /** `"activation"` (one code, the default) or `"rental"` (a number held for days). */
  kind?: "activation" | "rental";
  /** Rentals: only this period, in whole days. */
  days?: number;
  /** Activations: the channel whose prices are wanted, as for `BuyInput.channel`. */
  channel?: Channel;
  /** Only this provider (one of the client's). */
  provider?: ProviderName;
}

export const quoteInputSchema = schemaFor<QuoteInput>()(
  z.strictObject({
    service: z.optional(serviceInput),
    country: z.optional(countryInput),
    kind: z.optional(z.enum(["activation", "rental"])),
    days: z.optional(z.int().check(z.positive())),
    channel: z.optional(z.enum(["sms", "voice"])),
    provider: z.optional(providerName),
  }),
);

/** An activation a provider sells now (`kind: "activation"`). */
export interface ActivationOffer extends ServiceOffer {
  /** Always `"activation"`. */
  kind: "activation";
}

/** A rental a provider sells now (`kind: "rental"`). */
export interface RentalQuote extends RentalOffer {
  /** Always `"rental"`. */
  kind: "rental";
}

/** One offer of a quote. */
export type Offer = ActivationOffer | RentalQuote;

/** What `client.quote` returns. */
export interface Quote {
  /**
   * Every matching offer, in the order the client's strategy would try them: cheapest first (offers in a
   * currency the client cannot convert come after all it can, see `rates`), or provider by provider in
   * the given order, cheapest first within each.
   */
  offers: Offer[];
  /** Providers that were asked and failed (their offers are missing, the quote is not failed by them). */
  failures: ProviderFailure[];
  /**
   * Providers left out without a request: one that cannot serve the request (country, channel, days),
   * lists no prices, or is resting after repeated failures.
   */
  skipped: ProviderFailure[];
}

/** Where catalogs come from: the provider, through a cache shared by the client's calls. */
export interface QuoteSource {
  activations(
    provider: Provider,
    request: ServicesRequest,
    options: CallOptions | undefined,
  ): Promise<ServiceOffer[]>;
  rentals(
    provider: Provider,
    request: RentalOffersRequest,
    options: CallOptions | undefined,
  ): Promise<RentalOffer[]>;
}

/** How long a quote or a purchase's ranking waits for one provider's catalog (the request goes on). */
export const DEFAULT_CATALOG_WAIT_MS = 10_000;

/** Entries kept at most; the oldest goes first. Enough for every service of every country of a few providers. */
const MAX_ENTRIES = 500;

/**
 * Catalogs kept for `ttlMs` after they arrive (0: not kept). Concurrent asks for one catalog share one
 * request, which no caller's signal cuts short: each caller stops waiting on its own abort instead. A
 * failure is not kept. `observe` hears how each request the cache makes ends (a kept answer is not a
 * request, so it tells nothing about the provider's health now). A caller waits at most `waitMs` for one
 * provider's catalog, so that one slow provider does not hold up a quote or a purchase; the request
 * goes on, and its answer is kept when it comes.
 */
export function quoteCache(
  ttlMs: number,
  observe: (provider: Provider, error: SmsError | null) => void = () => {},
  waitMs = DEFAULT_CATALOG_WAIT_MS,
): QuoteSource {
  const entries = new Map<string, { promise: Promise<unknown>; until: number }>();
  function cached<T>(
    provider: Provider,
    key: string,
    load: () => Promise<T>,
    options: CallOptions | undefined,
  ): Promise<T> {
    const now = Date.now();
    let entry = entries.get(key);
    if (!entry || entry.until <= now) {
      const promise = load().then(
        (value) => {
          observe(provider, null);
          if (ttlMs > 0 && entries.get(key)?.promise === promise)
            entries.get(key)!.until = Date.now() + ttlMs;
          else if (entries.get(key)?.promise === promise) entries.delete(key);
          return value;
        },
        (error: unknown) => {
          if (entries.get(key)?.promise === promise) entries.delete(key);
          if (error instanceof SmsError) observe(provider, error);
          throw error;
        },
      );
      entry = { promise, until: Number.POSITIVE_INFINITY };
      entries.delete(key);
      entries.set(key, entry);
      if (entries.size > MAX_ENTRIES) entries.delete(entries.keys().next().value!);
    }
    return waitFor(entry.promise as Promise<T>, options?.signal, waitMs, provider);
  }
  const keyOf = (provider: Provider, kind: string, request: object) =>
    `${provider.name}\0${kind}\0${JSON.stringify(request)}`;
  return {
    activations: (provider, request, options) =>
      cached(provider, keyOf(provider, "a", request), () => provider.services!(request), options),
    rentals: (provider, request, options) =>
      cached(provider, keyOf(provider, "r", request), () => provider.rentalOffers!(request), options),
  };
}

/** The shared request's answer, or the caller's abort, or a `NetworkError` after `waitMs`. */
function waitFor<T>(
  promise: Promise<T>,
  signal: AbortSignal | undefined,
  waitMs: number,
  provider: Provider,
): Promise<T> {
  if (signal?.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal!.reason);
    const timer = setTimeout(() => {
      const message = `${provider.name}: no catalog within ${waitMs} ms; it is kept when it comes`;
      reject(new NetworkError(message, { provider: provider.name, timedOut: true }));
    }, waitMs);
    signal?.addEventListener("abort", onAbort, { once: true });
    promise.then(resolve, reject).finally(() => {
      clearTimeout(timer);
      signal?.removeEventListener("abort", onAbort);
    });
  });
}

/** Why a provider is left out of a quote before any request; null when it can be asked. */
export function quoteRefusal(provider: Provider, input: CheckedQuoteInput): SmsError | null {
  if (input.kind === "rental") {
    const refused = refusal(provider, "rent", { country: input.country, days: input.days });
    if (refused || provider.rentalOffers) return refused;
    return new UnsupportedError(`${provider.name} lists no rental prices`, { provider: provider.name });
  }
  const refused = refusal(provider, "buy", { country: input.country, channel: input.channel });
  if (refused || provider.capabilities.services) return refused;
  return new UnsupportedError(`${provider.name} quotes no prices`, { provider: provider.name });
}

export type CheckedQuoteInput = z.output<typeof quoteInputSchema>;

/** One provider's matching offers, from the source. */
export async function offersOf(
  provider: Provider,
  source: QuoteSource,
  input: CheckedQuoteInput,
  options: CallOptions | undefined,
): Promise<Offer[]> {
  const country = input.country ?? null;
  if (input.kind === "rental") {
    const offers = await source.rentals(
      provider,
      { country, service: input.service ?? null, days: input.days ?? null },
      options,
    );
    return offers
      .filter(
        (o) =>
          (input.days === undefined || o.days === input.days) &&
          (!country || !o.country || o.country === country),
      )
      .map((o) => ({ ...o, kind: "rental" as const }));
  }
  const service = input.service!;
  // One key per catalog whoever asks: a quote and a buy's ranking share the cached answer.
  const request: ServicesRequest = { country, service, channel: input.channel ?? "sms" };
  const offers = await source.activations(provider, request, options);
  return offers
    .filter(
      (o) =>
        (o.service === service || o.providerServiceId === service) &&
        (!country || !o.country || o.country === country),
    )
    .map((o) => ({ ...o, kind: "activation" as const }));
}

/** Checks a quote's input; `names` are the client's providers (for `provider`). */
export function checkQuoteInput(input: unknown, names: readonly ProviderName[]): CheckedQuoteInput {
  const first = names.length === 1 ? names[0]! : null;
  const req = validate(quoteInputSchema, input, "quote", first);
  if ((req.kind ?? "activation") === "activation" && req.service === undefined) {
    throw new ValidationError('quote: service is required for activations (e.g. { service: "whatsapp" })', {
      provider: first,
      field: "service",
    });
  }
  if (req.kind === "rental" && req.channel !== undefined) {
    throw new ValidationError(
      "quote: channel is for activations; rentals take every channel the number gets",
      {
        provider: first,
        field: "channel",
      },
    );
  }
  if (req.provider !== undefined) checkOwner(names, req.provider, "provider", first);
  return req;
}

/** A quote over `providers` (in the client's order), ranked by `scale`; `skip` leaves one out first. */
export async function quoteOffers(
  providers: readonly Provider[],
  source: QuoteSource,
  input: unknown,
  options: RequestOptions | undefined,
  scale: PriceScale = { strategy: "ordered", currency: null, rates: {} },
  skip: (provider: Provider) => SmsError | null = () => null,
): Promise<Quote> {
  const names = providers.map((p) => p.name);
  const req = checkQuoteInput(input, names);
  const chosen = req.provider ? providers.filter((p) => p.name === req.provider) : providers;
  const skipped: ProviderFailure[] = [];
  const asked: Provider[] = [];
  for (const provider of chosen) {
    const refused = quoteRefusal(provider, req) ?? skip(provider);
    if (refused) skipped.push({ provider: provider.name, error: refused });
    else asked.push(provider);
  }
  return withCallOptions(names.length === 1 ? names[0]! : null, "quote", options, async (opts) => {
    const settled = await Promise.allSettled(asked.map((p) => offersOf(p, source, req, opts)));
    const offers: Offer[] = [];
    const failures: ProviderFailure[] = [];
    settled.forEach((result, i) => {
      const provider = asked[i]!;
      if (result.status === "fulfilled") {
        offers.push(...result.value);
        return;
      }
      // The caller's abort, or a failure of our own making (a bug), is not the provider failing.
      if (!(result.reason instanceof SmsError)) throw result.reason;
      failures.push({ provider: provider.name, error: result.reason });
    });
    return { offers: rankOffers(offers, names, scale), failures, skipped };
  });
}
