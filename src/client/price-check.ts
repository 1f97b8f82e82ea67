/**
 * The one rule for what a number will cost before it is bought: the price `maxPrice` is held against, and
 * the price the router ranks a provider by when buying cheapest first.
 */
import { OutOfStockError, UnsupportedError, ValidationError } from "../core/errors.js";
import type { Money, ServiceOffer } from "../core/model.js";
import { formatMoney } from "../core/money.js";
import type { CallOptions, Channel, Provider } from "../core/provider.js";

/** The price a purchase of `service` (in `country`) is judged by, from a provider's offers. */
export interface ExpectedPrice {
  price: Money;
  /**
   * Priced per country but none named: the provider picks one and the client cannot know which, so the
   * price is the highest it might charge, not the cheapest.
   */
  anyCountry: boolean;
}

/** What buying `service` in `country` is expected to cost by `offers`; null when none prices it. */
export function expectedPrice(
  offers: readonly ServiceOffer[],
  service: string,
  country: string | null,
): ExpectedPrice | null {
  const priced = offers
    .filter((o) => (o.service === service || o.providerServiceId === service) && o.price)
    .filter((o) => !country || !o.country || o.country === country);
  if (priced.length === 0) return null;
  const anyCountry = !country && priced.some((o) => o.country);
  const prices = priced.map((o) => o.price!);
  const price = prices.reduce((a, b) => ((anyCountry ? b.amount > a.amount : b.amount < a.amount) ? b : a));
  return { price, anyCountry };
}

/**
 * Reads the provider's price now and refuses a purchase above `maxPrice`: `OutOfStockError` above it,
 * `UnsupportedError` where the provider quotes no price, `ValidationError` for another currency.
 */
export async function enforceMaxPrice(
  provider: Provider,
  request: { service: string; country: string | null; channel: Channel },
  maxPrice: Money,
  options: CallOptions | undefined,
): Promise<void> {
  const name = provider.name;
  const { service, country, channel } = request;
  if (!provider.services) {
    throw new UnsupportedError(
      `${name} quotes no prices, so maxPrice cannot be enforced: buy without maxPrice`,
      {
        provider: name,
      },
    );
  }
  const offers = await provider.services({ country, service, channel }, options);
  const expected = expectedPrice(offers, service, country);
  if (!expected) {
    throw new UnsupportedError(`${name} quotes no price for ${service}, so maxPrice cannot be enforced`, {
      provider: name,
    });
  }
  const { price, anyCountry } = expected;
  if (price.currency !== maxPrice.currency) {
    throw new ValidationError(`maxPrice must be in ${price.currency} for ${name}`, {
      provider: name,
      field: "maxPrice.currency",
      allowed: [price.currency],
    });
  }
  if (price.amount > maxPrice.amount) {
    const hint = anyCountry
      ? `up to ${formatMoney(price)} by country; name a country`
      : `cheapest ${formatMoney(price)}`;
    throw new OutOfStockError(
      `${name}: no ${service} number at or below ${formatMoney(maxPrice)} (${hint})`,
      {
        provider: name,
      },
    );
  }
}
