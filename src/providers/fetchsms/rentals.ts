/** Rentals (1-365 days, every supported service's codes): rent, read, inbox, extend, cancel, list. */
import { UnsupportedError, ValidationError } from "../../core/errors.js";
import { foundPurchase, purchaseSince } from "../../core/find-purchase.js";
import type { Message, Rental, RentalCancelResult } from "../../core/model.js";
import { sortNewestFirst } from "../../core/model.js";
import { moneyFromCents } from "../../core/money.js";
import type {
  CallOptions,
  FoundPurchase,
  PurchaseIntent,
  RenewRequest,
  RentRequest,
} from "../../core/provider.js";
import { toIsoUtc } from "../../core/time.js";
import type { Transport } from "../../core/transport/http-client.js";
import { paidRequest, type Reconciled } from "../../core/transport/paid-request.js";
import type { PurchaseLog } from "../../core/transport/purchase-log.js";
import {
  COUNTRY,
  PROVIDER,
  RENTAL_DAYS,
  RENTAL_SERVICE_ID,
  RENTAL_SERVICE_SLUG,
  rentalRef,
  type Tab,
} from "./ids.js";
import {
  check,
  type FetchSmsListRentalsInput,
  listRentalsInputSchema,
  rentAreaCodeSchema,
} from "./inputs.js";
import { rentalFromWire, rentalMessage } from "./mapping.js";
import { findNew, inAreaCode, sameService, snapshot } from "./reconcile.js";
import {
  cancelRentalReply,
  rentalListSchema,
  rentalMessagesSchema,
  rentalSchema,
  type WireRental,
} from "./wire.js";

/** `rent()` as the client calls it, plus FetchSMS's preferred area code for direct calls. */
export interface FetchSmsRentRequest extends RentRequest {
  /** A preferred US area code (three digits); FetchSMS charges extra for it. */
  areaCode?: string | null;
}

/**
 * FetchSMS rents one product, "unlimited-services" (id 1), which receives every supported service. No
 * service, that product's id or slug are sent as given; any other service is served by it too, since the
 * rental receives that service's codes.
 */
function rentalService(service: string | null): string | number {
  if (service === String(RENTAL_SERVICE_ID)) return RENTAL_SERVICE_ID;
  return RENTAL_SERVICE_SLUG;
}

export function rentals(transport: Transport, purchases: PurchaseLog) {
  const get = (id: string, signal?: AbortSignal) =>
    transport.request({ method: "GET", path: `/rentals/${id}`, schema: rentalSchema(), signal });

  const listWire = (tab: Tab, limit: number | undefined, signal?: AbortSignal) =>
    transport.request({
      method: "GET",
      path: "/rentals",
      query: { tab, limit },
      schema: rentalListSchema(),
      signal,
    });

  async function messages(id: string, service: string | null, signal?: AbortSignal): Promise<Message[]> {
    const items = await transport.request({
      method: "GET",
      path: `/rentals/${id}/messages`,
      schema: rentalMessagesSchema(),
      signal,
    });
    return sortNewestFirst(items.map((m) => rentalMessage(m, service)));
  }

  return {
    /** After a crash: the active rental this rent made, by its time (see `purchaseSince`). */
    async findRent(
      intent: PurchaseIntent & { operation: "rent" },
      options: CallOptions = {},
    ): Promise<FoundPurchase> {
      const service = rentalService(intent.request.service);
      const areaCode = (intent.request as FetchSmsRentRequest).areaCode ?? null;
      // Both tabs: a rental that was cancelled or ran out has left the active one.
      const [active, history] = await Promise.all([
        listWire("active", undefined, options.signal),
        listWire("history", undefined, options.signal),
      ]);
      const found = purchaseSince(
        [...active, ...history.filter((h) => !active.some((a) => a.id === h.id))],
        intent,
        {
          id: (r) => r.id,
          createdAt: (r) => r.created_at,
          fits: (r) => sameService(r.service, service) && inAreaCode(r.number, areaCode),
        },
      );
      return "reply" in found
        ? { found: rentalFromWire(found.reply) }
        : foundPurchase(PROVIDER, intent, found);
    },

    async rent(request: FetchSmsRentRequest, options: CallOptions = {}): Promise<Rental> {
      const { signal } = options;
      if (request.country && request.country !== COUNTRY) {
        throw new ValidationError(`${PROVIDER} rents US numbers only`, {
          provider: PROVIDER,
          field: "country",
          allowed: [COUNTRY],
        });
      }
      if (!(RENTAL_DAYS as readonly number[]).includes(request.days)) {
        throw new ValidationError(
          `${PROVIDER} rents for ${RENTAL_DAYS.join(", ")} days, not ${request.days}`,
          {
            provider: PROVIDER,
            field: "days",
            allowed: RENTAL_DAYS,
          },
        );
      }
      if (request.numberType === "voip") {
        throw new UnsupportedError(`${PROVIDER} rents non-VoIP numbers only`, { provider: PROVIDER });
      }
      if (request.autoRenew === true) {
        throw new UnsupportedError(`${PROVIDER} has no automatic renewal; call renew() before expiry`, {
          provider: PROVIDER,
        });
      }
      const areaCode = check(rentAreaCodeSchema(), request.areaCode, "areaCode") ?? null;
      const service = rentalService(request.service);
      return purchases.during(async (purchases) => {
        const before = snapshot(await listWire("active", undefined, signal));
        return paidRequest(transport, {
          operation: "rent",
          known: { service, days: request.days, areaCode },
          purchases,
          send: (paid) =>
            transport.request({
              method: "POST",
              path: "/rentals",
              json: { service, days: request.days, ...(areaCode ? { area_code: areaCode } : {}) },
              paid,
              signal,
              schema: rentalSchema(),
            }),
          map: (reply) => rentalFromWire(reply),
          signal,
          reconcile: async (look) =>
            findNew(
              await listWire("active", undefined, look.signal),
              before,
              (item) => sameService(item.service, service) && inAreaCode(item.number, areaCode),
            ),
        });
      });
    },

    /** A fresh look: status and expiry, and the inbox (read by message id; `last_code` may be an old code). */
    async getRental(rental: Rental, options: CallOptions = {}): Promise<Rental> {
      const id = rentalRef(rental);
      const wire = await get(id, options.signal);
      const mapped = rentalFromWire(wire);
      return { ...mapped, messages: await messages(id, mapped.service, options.signal) };
    },

    async inbox(rental: Rental, options: CallOptions = {}): Promise<Message[]> {
      return messages(rentalRef(rental), rental.service ?? null, options.signal);
    },

    /** The inbox without the messages whose ids the caller has already seen. */
    async inboxSince(
      rental: Rental,
      seenIds: Iterable<string>,
      options: CallOptions = {},
    ): Promise<Message[]> {
      const seen = new Set(seenIds);
      const all = await messages(rentalRef(rental), rental.service ?? null, options.signal);
      return all.filter((m) => m.id === null || !seen.has(m.id));
    },

    /**
     * `POST /rentals/:id/extend`. Without `days`, the shortest period (1 day) is bought: the least money
     * moved on an unstated wish. The rental is read first so that a lost reply can be settled by
     * comparing its extension before and after.
     */
    async renew(rental: Rental, request: RenewRequest, options: CallOptions = {}): Promise<Rental> {
      const { signal } = options;
      const id = rentalRef(rental);
      const days = request.days ?? RENTAL_DAYS[0];
      if (!(RENTAL_DAYS as readonly number[]).includes(days)) {
        throw new ValidationError(`${PROVIDER} extends by ${RENTAL_DAYS.join(", ")} days, not ${days}`, {
          provider: PROVIDER,
          field: "days",
          allowed: RENTAL_DAYS,
        });
      }
      return purchases.of(`renew ${id}`).during(async (purchases) => {
        const baseline = await get(id, signal);
        return paidRequest(transport, {
          operation: "renew",
          known: { rentalId: rental.id, days },
          purchases,
          send: (paid) =>
            transport.request({
              method: "POST",
              path: `/rentals/${id}/extend`,
              json: { days },
              paid,
              signal,
              schema: rentalSchema(),
            }),
          map: (reply) => ({ ...rentalFromWire(reply), messages: rental.messages ?? [] }),
          signal,
          reconcile: async (look) => extendedSince(baseline, await get(id, look.signal)),
        });
      });
    },

    /** Only within 15 minutes of purchase and before any code (409 otherwise); refunds the cost. */
    async cancelRental(rental: Rental, options: CallOptions = {}): Promise<RentalCancelResult> {
      const id = rentalRef(rental);
      const reply = await transport.request({
        method: "POST",
        path: `/rentals/${id}/cancel`,
        schema: cancelRentalReply(),
        signal: options.signal,
      });
      // Only this rental shown cancelled is a cancel, as for verifications (`cancel`).
      const body = reply ?? (await get(id, options.signal));
      if (String(body.id) !== rental.id || body.status.toLowerCase() !== "cancelled") {
        throw transport.badResponse(`POST /rentals/${id}/cancel answered without cancelling it`, body);
      }
      const cancelled = { ...rentalFromWire(body), messages: rental.messages ?? [] };
      const cents = body.cost_cents ?? rental.price?.amount ?? null;
      const refunded = body.refunded === false || cents === null ? null : moneyFromCents(cents);
      return { rental: cancelled, refunded };
    },

    async listRentals(input?: FetchSmsListRentalsInput, options: CallOptions = {}): Promise<Rental[]> {
      const checked = check(listRentalsInputSchema(), input, "listRentals") ?? {};
      const items = await listWire(checked.tab ?? "active", checked.limit, options.signal);
      return items.map((r) => rentalFromWire(r));
    },
  };
}

/** Whether the rental was extended between two reads: by `extended_days`, else by `expires_at`. */
function extendedSince(before: WireRental, after: WireRental): Reconciled<never, WireRental> {
  if (typeof before.extended_days === "number" && typeof after.extended_days === "number") {
    return after.extended_days > before.extended_days ? { reply: after } : { absent: true };
  }
  const was = toIsoUtc(before.expires_at);
  const now = toIsoUtc(after.expires_at);
  if (was && now) return Date.parse(now) > Date.parse(was) ? { reply: after } : { absent: true };
  return { undecided: "the rental shows neither its extension nor its expiry" };
}
