import { canonicalService } from "../../core/catalog.js";
import { ValidationError } from "../../core/errors.js";
import { foundPurchase } from "../../core/find-purchase.js";
import type { Message, Money, Rental } from "../../core/model.js";
import { sortNewestFirst } from "../../core/model.js";
import type { CallOptions, FoundPurchase, PurchaseIntent, RentRequest } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import { LANDING_WINDOW_MS, paidRequest, type Reconciled } from "../../core/transport/paid-request.js";
import type { PurchaseLog } from "../../core/transport/purchase-log.js";
import { RENTAL_COUNTRY, RENTAL_DAYS, RENTAL_DURATIONS, rentalRef, serviceIds } from "./ids.js";
import {
  messageFromInbox,
  money,
  rentalFromCreate,
  rentalFromItem,
  rentalIdOf,
  rentalStatus,
  serviceFromWire,
} from "./mapping.js";
import { findRental, type RentProbe, type SeenIds, unreadableMatch } from "./reconcile.js";
import {
  inboxReply,
  rentalPricesReply,
  rentalServicesReply,
  rentalsReply,
  rentReply,
  type WireRentalItem,
} from "./wire.js";

/** A service NumPool rents numbers for. */
export interface NumpoolRentalService {
  /** Our slug where we know the service, else NumPool's name for it. */
  service: string;
  /** Display name. */
  name: string;
  /** What NumPool calls it (`discord`). */
  providerServiceId: string;
}

/** What one rental period costs for one service. */
export interface NumpoolRentalPrice {
  /** NumPool's duration key (`sevenDay`). */
  duration: string;
  /** The period in days, what `rent({ days })` takes. */
  days: number;
  /** Charged once, non-refundable. */
  price: Money;
}

function invalid(message: string, field: string, allowed?: readonly (string | number)[]): ValidationError {
  return new ValidationError(`numpool: ${message}`, {
    provider: "numpool",
    field,
    ...(allowed ? { allowed } : {}),
  });
}

/** NumPool's rental service id for a user's service: verification codes become the slug they stand for. */
export function rentalServiceId(service: string): string {
  return serviceIds.fromProvider(canonicalService(service));
}

export function rentals(transport: Transport, seen: SeenIds, purchases: PurchaseLog) {
  const listRaw = (options?: CallOptions) =>
    transport.request({ method: "GET", path: "/rentals", schema: rentalsReply(), signal: options?.signal });

  function rentalFromListed(item: WireRentalItem): Rental {
    const rental = rentalFromItem(item);
    if (!rental) throw transport.badResponse("a rental in GET /rentals has no number", item);
    return rental;
  }

  async function inbox(rental: Rental, options?: CallOptions): Promise<Message[]> {
    const reply = await transport.request({
      method: "GET",
      path: `/rentals/${rentalRef(rental)}/sms`,
      schema: inboxReply(),
      signal: options?.signal,
    });
    return sortNewestFirst(reply.messages.map((m) => messageFromInbox(m, rental.service)));
  }

  /** The rental a purchase made, found in `GET /rentals` (see `findRental`), mapped. */
  async function lookForRental(
    probe: RentProbe,
    skip: { has(id: string): boolean },
    signal?: AbortSignal,
  ): Promise<Reconciled<Rental, never>> {
    const found = findRental(probe, await listRaw({ signal }), skip);
    if (!("found" in found)) return found;
    try {
      return { found: { ...rentalFromListed(found.found), service: serviceFromWire(probe.service) } };
    } catch (error) {
      return unreadableMatch(rentalIdOf(found.found), error);
    }
  }

  return {
    /** After a crash: the rental a rent made, by its time; ids the journal holds are not it. */
    async findRent(
      intent: PurchaseIntent & { operation: "rent" },
      options?: CallOptions,
    ): Promise<FoundPurchase> {
      const { service: asked, days } = intent.request;
      // A rental without a service or with a period NumPool does not sell was refused before any request.
      if (!asked || !RENTAL_DURATIONS[days]) return { absent: true };
      const exclude = new Set(intent.exclude ?? []);
      const skip = { has: (id: string) => seen.has(id) || exclude.has(id) };
      const startedAt = Date.parse(intent.startedAt);
      const probe = {
        service: rentalServiceId(asked),
        days,
        startedAt,
        until: startedAt + LANDING_WINDOW_MS,
      };
      return foundPurchase("numpool", intent, await lookForRental(probe, skip, options?.signal));
    },

    async rent(request: RentRequest, options?: CallOptions): Promise<Rental> {
      if (request.country && request.country !== RENTAL_COUNTRY) {
        throw invalid(`rentals are US numbers only, not ${request.country}`, "country", [RENTAL_COUNTRY]);
      }
      if (!request.service) throw invalid("a rental needs a service (see rentalServices())", "service");
      const duration = RENTAL_DURATIONS[request.days];
      if (!duration) {
        throw invalid(`rents for ${RENTAL_DAYS.join(", ")} days, not ${request.days}`, "days", RENTAL_DAYS);
      }
      if (request.autoRenew) throw invalid("rentals do not renew (no renew endpoint)", "autoRenew");
      if (request.numberType) throw invalid("rentals take no number type", "numberType");
      const service = rentalServiceId(request.service);
      const startedAt = Date.now();
      const rental = await paidRequest(transport, {
        operation: "rent",
        known: { service, duration },
        purchases,
        send: (paid) =>
          transport.request({
            method: "POST",
            path: "/rentals",
            json: { service, duration },
            paid,
            schema: rentReply(),
            signal: options?.signal,
          }),
        map: (reply) => rentalFromCreate(reply, { service, days: request.days }),
        signal: options?.signal,
        reconcile: async (look) =>
          lookForRental({ service, days: request.days, startedAt }, seen, look.signal),
      });
      seen.add(rental.id);
      return rental;
    },

    /** `GET /rentals` for the state, `GET /rentals/:id/sms` for the messages (NumPool has no single-rental call). */
    async getRental(rental: Rental, options?: CallOptions): Promise<Rental> {
      const [items, messages] = await Promise.all([listRaw(options), inbox(rental, options)]);
      const item = items.find((i) => rentalIdOf(i) === rental.id);
      if (item) {
        const fresh = rentalFromListed(item);
        return {
          ...fresh,
          service: fresh.service ?? rental.service,
          price: fresh.price ?? rental.price,
          messages,
        };
      }
      // Not in the list (a paged or trimmed list): the inbox answered, so the rental exists; its end time tells.
      const { providerStatus: _old, ...rest } = rental;
      const status =
        rental.status === "cancelled"
          ? { status: "cancelled" as const }
          : rentalStatus(null, rental.expiresAt);
      return { ...rest, ...status, messages };
    },

    inbox,

    /** `GET /rentals`: every rental on the account. */
    async listRentals(options?: CallOptions): Promise<Rental[]> {
      return (await listRaw(options)).map(rentalFromListed);
    },

    /** `GET /rentals/services`. */
    async rentalServices(options?: CallOptions): Promise<NumpoolRentalService[]> {
      const list = await transport.request({
        method: "GET",
        path: "/rentals/services",
        schema: rentalServicesReply(),
        signal: options?.signal,
      });
      return list.map((s) => ({
        service: serviceFromWire(s.service),
        name: s.name ?? s.service,
        providerServiceId: s.service,
      }));
    },

    /** `GET /rentals/prices?service=`: the price of each duration for one service. */
    async rentalPrices(service: string, options?: CallOptions): Promise<NumpoolRentalPrice[]> {
      if (typeof service !== "string" || service.trim() === "")
        throw invalid("service is required", "service");
      const reply = await transport.request({
        method: "GET",
        path: "/rentals/prices",
        query: { service: rentalServiceId(service) },
        schema: rentalPricesReply(),
        signal: options?.signal,
      });
      return reply.durations.map((d) => ({
        duration: d.duration,
        days: d.days,
        price: money(d.price, "price"),
      }));
    },
  };
}
