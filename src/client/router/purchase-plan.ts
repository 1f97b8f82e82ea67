/**
 * Which providers a routed `buy` or `rent` tries, in which order, and with which `maxPrice` each: decided
 * before any paid request, from the providers' capabilities (the provider guard), their health (the
 * breaker) and, where price matters, their catalogs (read through the quote cache). A provider left out
 * here is listed with its reason; it is never asked to sell.
 */
import { OutOfStockError, type ProviderFailure, SmsError, UnsupportedError } from "../../core/errors.js";
import type { Money, ProviderName } from "../../core/model.js";
import { formatMoney } from "../../core/money.js";
import type { CallOptions, Channel, NumberType, Provider } from "../../core/provider.js";
import { expectedPrice } from "../price-check.js";
import { type GuardedRequest, refusal } from "../provider-guard.js";
import { offersOf, type QuoteSource } from "../quote.js";
import type { Breaker } from "./breaker.js";
import { convertLimit, type PriceScale, rankOffers } from "./price-scale.js";

/** A purchase as the router sees it: what the guard and the catalogs need. */
export type PlannedPurchase =
  | {
      operation: "buy";
      service: string;
      country: string | null;
      channel: Channel;
      areaCode: string | null;
      idempotencyKey: string | null;
      maxPrice: Money | null;
    }
  | {
      operation: "rent";
      service: string | null;
      country: string | null;
      days: number;
      numberType: NumberType | null;
      idempotencyKey: string | null;
      maxPrice: null;
    };

/** A provider to try, with the `maxPrice` to hold it to (in its own currency), or none. */
export interface Candidate {
  provider: Provider;
  maxPrice: Money | null;
}

export interface PurchasePlan {
  /** In the order to try them. */
  candidates: Candidate[];
  /** Left out before any request, in the client's order. */
  skipped: ProviderFailure[];
}

interface Priced {
  provider: ProviderName;
  price: Money | null;
}

export async function planPurchase(
  providers: readonly Provider[],
  purchase: PlannedPurchase,
  scale: PriceScale,
  source: QuoteSource,
  breaker: Breaker,
  options: CallOptions | undefined,
): Promise<PurchasePlan> {
  const skipped: ProviderFailure[] = [];
  const eligible: Provider[] = [];
  const guard: GuardedRequest =
    purchase.operation === "buy"
      ? purchase
      : { country: purchase.country, days: purchase.days, idempotencyKey: purchase.idempotencyKey };
  for (const provider of providers) {
    const refused = refusal(provider, purchase.operation, guard) ?? breaker.resting(provider.name);
    if (refused) skipped.push({ provider: provider.name, error: refused });
    else eligible.push(provider);
  }
  const needsPrices = scale.strategy === "cheapest" || purchase.maxPrice !== null;
  if (!needsPrices)
    return { candidates: eligible.map((provider) => ({ provider, maxPrice: null })), skipped };

  const priced: Priced[] = [];
  const limits = new Map<ProviderName, Money | null>();
  const looks = await Promise.all(eligible.map((p) => priceOf(p, purchase, source, options)));
  eligible.forEach((provider, i) => {
    const look = looks[i]!;
    const name = provider.name;
    const refused = priceRefusal(name, look, purchase, scale);
    if (refused) {
      skipped.push({ provider: name, error: refused });
      return;
    }
    if (purchase.maxPrice && look && !(look instanceof SmsError) && look !== "unlisted") {
      limits.set(name, convertLimit(purchase.maxPrice, look.currency, scale));
    }
    priced.push({ provider: name, price: look instanceof SmsError || look === "unlisted" ? null : look });
  });
  const order = providers.map((p) => p.name);
  const ranked = rankOffers(priced, order, scale);
  const byName = new Map(eligible.map((p) => [p.name, p]));
  return {
    candidates: ranked.map((p) => ({
      provider: byName.get(p.provider)!,
      maxPrice: limits.get(p.provider) ?? null,
    })),
    skipped,
  };
}

/** Why a provider is left out by what its catalog says (or failed to say); null when it stays in. */
function priceRefusal(
  name: ProviderName,
  look: Money | null | "unlisted" | SmsError,
  purchase: PlannedPurchase,
  scale: PriceScale,
): SmsError | null {
  if (look === "unlisted") {
    const what = purchase.operation === "buy" ? purchase.service : `${purchase.days}-day rental`;
    return new OutOfStockError(`${name} lists no ${what} offer${where(purchase.country)}`, {
      provider: name,
    });
  }
  const limit = purchase.maxPrice;
  if (!limit) return null;
  // No price to hold the limit against: never bought on trust.
  if (look instanceof SmsError) return look;
  if (look === null) {
    return new UnsupportedError(`${name} quotes no prices, so maxPrice cannot be held`, { provider: name });
  }
  const converted = convertLimit(limit, look.currency, scale);
  if (!converted) {
    return new UnsupportedError(
      `${name} prices in ${look.currency} and no rate converts maxPrice (${limit.currency}) to it; pass rates`,
      { provider: name },
    );
  }
  if (look.amount > converted.amount) {
    return new OutOfStockError(`${name}: ${formatMoney(look)} is above maxPrice ${formatMoney(limit)}`, {
      provider: name,
    });
  }
  return null;
}

function where(country: string | null): string {
  return country ? ` in ${country}` : "";
}

/**
 * What the purchase is expected to cost at `provider`: its price, null where it quotes none (or lists
 * no prices at all), "unlisted" where its catalog has no such offer, or the error reading it met.
 */
async function priceOf(
  provider: Provider,
  purchase: PlannedPurchase,
  source: QuoteSource,
  options: CallOptions | undefined,
): Promise<Money | null | "unlisted" | SmsError> {
  const rent = purchase.operation === "rent";
  if (rent ? !provider.rentalOffers : !provider.capabilities.services) return null;
  try {
    const offers = await offersOf(
      provider,
      source,
      rent
        ? {
            kind: "rental",
            country: purchase.country ?? undefined,
            service: purchase.service ?? undefined,
            days: purchase.days,
          }
        : {
            kind: "activation",
            country: purchase.country ?? undefined,
            service: purchase.service,
            channel: purchase.channel,
          },
      options,
    );
    if (rent) {
      const fitting = offers.filter(
        (o) =>
          o.kind === "rental" &&
          (!purchase.numberType || !o.numberType || o.numberType === purchase.numberType),
      );
      if (fitting.length === 0) return "unlisted";
      const prices = fitting.flatMap((o) => (o.price ? [o.price] : []));
      return prices.length ? cheapest(prices) : null;
    }
    if (offers.length === 0) return "unlisted";
    const activations = offers.filter((o) => o.kind === "activation");
    return expectedPrice(activations, purchase.service, purchase.country)?.price ?? null;
  } catch (error) {
    // The caller's abort, or a bug, is not the provider failing.
    if (error instanceof SmsError) return error;
    throw error;
  }
}

function cheapest(prices: Money[]): Money {
  return prices.reduce((a, b) => (b.amount < a.amount ? b : a));
}
