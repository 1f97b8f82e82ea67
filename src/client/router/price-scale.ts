/**
 * How prices in different currencies are put side by side: never silently. Two prices compare when they
 * are in one currency, or when the caller gave a rate for each into the client's `currency`; an offer
 * that cannot be compared is ranked after every one that can, and `maxPrice` is never held against it.
 */
import type { Currency, Money, ProviderName } from "../../core/model.js";

/** How the router picks among providers: by price, or in the order given. */
export type Strategy = "cheapest" | "ordered";

/** What ranks offers: the strategy and the caller's currency and rates. */
export interface PriceScale {
  strategy: Strategy;
  /** The currency prices are compared in; null where nothing is converted. */
  currency: Currency | null;
  /** Units of `currency` one unit of each other currency is worth. */
  rates: Readonly<Partial<Record<Currency, number>>>;
}

/** `price` in minor units of the scale's currency (fractional after a rate); null when it cannot be told. */
export function comparableAmount(price: Money, scale: PriceScale): number | null {
  if (scale.currency === null) return null;
  if (price.currency === scale.currency) return price.amount;
  const rate = scale.rates[price.currency];
  return rate === undefined ? null : price.amount * rate;
}

/**
 * `limit` expressed in `currency`, rounded down so that a converted limit never allows more than the
 * caller's; null when there is no rate between the two.
 */
export function convertLimit(limit: Money, currency: Currency, scale: PriceScale): Money | null {
  if (limit.currency === currency) return limit;
  const from = limit.currency === scale.currency ? 1 : scale.rates[limit.currency];
  const to = currency === scale.currency ? 1 : scale.rates[currency];
  if (scale.currency === null || from === undefined || to === undefined) return null;
  // A hair under, so that floating-point error never rounds a limit up to the next cent.
  return { amount: Math.floor((limit.amount * from) / to + 1e-9), currency };
}

/**
 * Offers in the order the strategy tries them. `cheapest`: by value in the scale's currency; then those
 * priced in a currency without a rate, provider by provider; then the unpriced. `ordered`: provider by
 * provider in the given order, cheapest first within each. Ties keep the providers' order.
 */
export function rankOffers<T extends { provider: ProviderName; price: Money | null }>(
  offers: readonly T[],
  order: readonly ProviderName[],
  scale: PriceScale,
): T[] {
  const rank = (offer: T): number[] => {
    const at = order.indexOf(offer.provider);
    const amount = offer.price?.amount ?? Number.POSITIVE_INFINITY;
    if (scale.strategy === "ordered") return [at, offer.price ? 0 : 1, amount];
    const value = offer.price ? comparableAmount(offer.price, scale) : null;
    if (value !== null) return [0, value, at];
    return [offer.price ? 1 : 2, at, amount];
  };
  const keyed = offers.map((offer) => ({ offer, key: rank(offer) }));
  keyed.sort((a, b) => {
    for (let i = 0; i < a.key.length; i++) {
      const d = a.key[i]! - b.key[i]!;
      if (d !== 0 && !Number.isNaN(d)) return d;
    }
    return 0;
  });
  return keyed.map((k) => k.offer);
}
