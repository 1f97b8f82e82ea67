/**
 * Discovery: the price list (all countries or one), the services view built on it, and live stock.
 * `GET /pricing/{cc}` answers 404 for a valid country with no route right now: out of stock, not
 * "not found".
 */
import { NotFoundError, OutOfStockError } from "../../core/errors.js";
import type { ServiceOffer } from "../../core/model.js";
import type { CallOptions, NumberType, ServicesRequest } from "../../core/provider.js";
import type { Api } from "./api.js";
import { ANY_SERVICE, daysForDuration } from "./ids.js";
import { checkNumberType, requireCountry, requireDuration } from "./inputs.js";
import { type CountryPricing, countryPricingFromWire, type PricingPackage } from "./mapping.js";
import { inventorySchema, pricingListSchema, pricingOneSchema } from "./wire.js";

const PROVIDER = "tempnumber" as const;

/** What `inventory()` checks. */
export interface InventoryQuery {
  /** ISO alpha-2. */
  country: string;
  /** The package to check, in days (30, 90, 180, 365); omitted means the route's default. */
  days?: number | null;
  /** Omitted means the route's default type. */
  numberType?: NumberType | null;
}

/** Live stock for one country and package. */
export interface Inventory {
  /** ISO alpha-2. */
  country: string;
  /** The provider's duration key checked (`oneMonth`). */
  duration: string | null;
  /** `duration` in days; null for a key this SDK does not know. */
  days: number | null;
  /** `voip` or `non_voip`. */
  numberType: string | null;
  /** Numbers on hand, where the provider says. */
  stock: number | null;
  /** A strong signal, not a promise: the purchase itself is the authoritative check. */
  available: boolean;
  /** The provider's wording ("In Stock"). */
  status: string | null;
}

/** How the catalog is read: the adapter's `pricing`. */
export type PricingOf = (country?: string | null, options?: CallOptions) => Promise<CountryPricing[]>;

/** The pricing of `country` (or of all), or none where nothing can be bought right now (no route). */
export async function pricingWhereSold(
  pricing: PricingOf,
  country: string | null,
  options: CallOptions | undefined,
): Promise<CountryPricing[]> {
  try {
    return await pricing(country, options);
  } catch (error) {
    if (error instanceof OutOfStockError) return [];
    throw error;
  }
}

function offer(country: CountryPricing, pkg: PricingPackage): ServiceOffer {
  const type = pkg.numberType ? ` (${pkg.numberType})` : "";
  return {
    provider: PROVIDER,
    service: ANY_SERVICE,
    name: `Any service, ${pkg.label ?? pkg.duration}${type}`,
    country: country.country,
    price: pkg.price,
    // Pricing carries no stock; inventory() asks per country and duration, one request each.
    stock: null,
    providerServiceId: pkg.numberType ? `${pkg.numberType}:${pkg.duration}` : pkg.duration,
  };
}

export function discovery(api: Api) {
  /** All countries' packages, or one country's (a one-element list; `OutOfStockError` when it has no route). */
  async function pricing(country?: string | null, options: CallOptions = {}): Promise<CountryPricing[]> {
    if (country === undefined || country === null) {
      const reply = await api.call(
        { method: "GET", path: "/pricing", signal: options.signal },
        pricingListSchema(),
      );
      return reply.data.map(countryPricingFromWire);
    }
    const code = requireCountry(country);
    try {
      const reply = await api.call(
        { method: "GET", path: `/pricing/${encodeURIComponent(code)}`, signal: options.signal },
        pricingOneSchema(),
      );
      return [countryPricingFromWire(reply.data)];
    } catch (error) {
      if (!(error instanceof NotFoundError)) throw error;
      throw new OutOfStockError(`${PROVIDER}: no active route in ${code} right now`, {
        provider: PROVIDER,
        status: 404,
      });
    }
  }

  /** One offer per package (service "any": a number takes SMS from every sender). */
  async function services(request: ServicesRequest, options: CallOptions = {}): Promise<ServiceOffer[]> {
    // Nothing can be bought there right now: an empty list, as for a country with no packages.
    const countries = await pricingWhereSold(pricing, request.country, options);
    return countries.flatMap((c) => c.packages.map((p) => offer(c, p)));
  }

  async function inventory(query: InventoryQuery, options: CallOptions = {}): Promise<Inventory> {
    const country = requireCountry(query?.country);
    const duration =
      query.days === undefined || query.days === null ? undefined : requireDuration(query.days);
    const numberType = checkNumberType(query.numberType);
    const reply = await api.call(
      {
        method: "GET",
        path: "/inventory",
        query: { country_code: country, duration, number_type: numberType },
        signal: options.signal,
      },
      inventorySchema(),
    );
    const data = reply.data;
    return {
      country: requireCountryOr(data.country_code, country),
      duration: data.duration ?? null,
      days: data.duration ? daysForDuration(data.duration) : null,
      numberType: data.number_type ?? null,
      stock: data.stock ?? null,
      available: data.available,
      status: data.status ?? null,
    };
  }

  return { pricing, services, inventory };
}

function requireCountryOr(code: string, fallback: string): string {
  try {
    return requireCountry(code);
  } catch {
    return fallback;
  }
}
