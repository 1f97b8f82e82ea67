/**
 * What can be bought, and for how much. NumPool prices per service: `GET /countries?service=<code>`
 * gives every country's price and stock for one service, and no call gives one country's prices for
 * every service. So:
 * - `services({})`: `GET /services` only (names, no prices): one request.
 * - `services({ service })` (provider-level hint, see `ServicesRequest.service`): one
 *   `GET /countries?service=` request, filtered to `country` when given.
 * - `services({ country })`: `GET /services`, then `GET /countries?service=` for each service (four at a
 *   time, inside the provider's rate budget). That is one request per service, so both lists are reused
 *   for `catalogCacheMs` (30 s by default) and a service NumPool lists but will not price is skipped.
 */
import { serviceName } from "../../core/catalog.js";
import { NotFoundError, OutOfStockError, ValidationError } from "../../core/errors.js";
import type { ServiceOffer } from "../../core/model.js";
import type { ServicesRequest } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import type { CountryDirectory } from "./countries.js";
import { serviceIds } from "./ids.js";
import { money, serviceFromWire } from "./mapping.js";
import { countriesReply, servicesReply, type WireCountry, type WireService } from "./wire.js";

const FAN_OUT = 4;

interface Cache {
  get<T>(key: string, load: () => Promise<T>): Promise<T>;
}

function createCache(ttlMs: number): Cache {
  const entries = new Map<string, { expires: number; value: Promise<unknown> }>();
  return {
    get<T>(key: string, load: () => Promise<T>): Promise<T> {
      const hit = entries.get(key);
      if (hit && hit.expires > Date.now()) return hit.value as Promise<T>;
      const value = load();
      if (ttlMs > 0) {
        entries.set(key, { expires: Date.now() + ttlMs, value });
        // A failed load is not remembered.
        value.catch(() => entries.delete(key));
      }
      return value;
    },
  };
}

async function mapLimit<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await fn(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

export interface Catalog {
  services(request: ServicesRequest, signal?: AbortSignal): Promise<ServiceOffer[]>;
  /** `GET /countries?service=`: every country's offer for one service. */
  countriesFor(code: string, signal?: AbortSignal): Promise<WireCountry[]>;
}

export function createCatalog(transport: Transport, directory: CountryDirectory, cacheMs: number): Catalog {
  const cache = createCache(cacheMs);
  const withSignal = (signal?: AbortSignal) => (signal ? { signal } : {});

  const serviceList = (signal?: AbortSignal) =>
    cache.get("services", () =>
      transport.request({ method: "GET", path: "/services", schema: servicesReply(), ...withSignal(signal) }),
    );

  const countriesFor = (code: string, signal?: AbortSignal) =>
    cache.get(`countries:${code}`, () =>
      transport.request({
        method: "GET",
        path: "/countries",
        query: { service: code },
        schema: countriesReply(),
        ...withSignal(signal),
      }),
    );

  async function offersFor(
    code: string,
    name: string | null,
    country: string | null,
    signal?: AbortSignal,
  ): Promise<ServiceOffer[]> {
    const entries = await countriesFor(code, signal);
    const countries = directory.learn(entries);
    const service = serviceFromWire(code);
    return entries.flatMap((entry, i) => {
      const iso = countries[i]?.country ?? null;
      if (country && iso !== country) return [];
      return [
        {
          provider: "numpool" as const,
          service,
          name: name ?? serviceName(service),
          country: iso,
          price:
            entry.price === null || entry.price === undefined
              ? null
              : money(entry.price, "price", entry.currency),
          stock: entry.stock ?? null,
          providerServiceId: code,
        },
      ];
    });
  }

  const listing = (s: WireService): ServiceOffer => {
    const service = serviceFromWire(s.id);
    return {
      provider: "numpool",
      service,
      name: s.name ?? serviceName(service),
      country: null,
      price: null,
      stock: null,
      providerServiceId: s.id,
    };
  };

  return {
    countriesFor,
    async services(request, signal) {
      const country = request.country ?? null;
      if (request.service) {
        return offersFor(serviceIds.toProvider(request.service), null, country, signal);
      }
      const list = await serviceList(signal);
      if (!country) return list.map(listing);
      const perService = await mapLimit(list, FAN_OUT, (s) =>
        offersFor(s.id, s.name ?? null, country, signal).catch((error: unknown) => {
          // Listed by /services but refused by /countries: not for sale, not a failure of the listing.
          if (
            error instanceof NotFoundError ||
            error instanceof ValidationError ||
            error instanceof OutOfStockError
          ) {
            return [];
          }
          throw error;
        }),
      );
      return perService.flat();
    },
  };
}
