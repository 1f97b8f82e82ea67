/**
 * The number lifecycle: buy (`rent`), read with its SMS, renew, cancel, list. Buy and renew are paid;
 * they carry an `Idempotency-Key` the server de-duplicates for 24 hours, so the transport retries them
 * with the same key, and a reply still lost after that is asked for once more with that key.
 */
import {
  InsufficientBalanceError,
  OutOfStockError,
  UnsupportedError,
  ValidationError,
} from "../../core/errors.js";
import { foundPurchase, purchaseSince } from "../../core/find-purchase.js";
import { type Message, type Rental, type RentalCancelResult, sortNewestFirst } from "../../core/model.js";
import type {
  CallOptions,
  FoundPurchase,
  PurchaseIntent,
  RenewRequest,
  RentRequest,
} from "../../core/provider.js";
import { type Look, paidRequest, type Reconciled } from "../../core/transport/paid-request.js";
import type { Api } from "./api.js";
import { DEFAULT_RENEW_DAYS, NUMBER_STATUS_FILTERS, type NumberStatusFilter, rentalRef } from "./ids.js";
import { checkNumberType, checkOneOf, idempotencyKey, requireCountry, requireDuration } from "./inputs.js";
import { messagesFromWire, money, type RentalContext, refundedMoney, rentalFromWire } from "./mapping.js";
import { cancelSchema, chargedSchema, numberListSchema, numberSmsSchema } from "./wire.js";

const PROVIDER = "tempnumber" as const;

/**
 * Asks again with the same key. A success is the stored reply of the first purchase (never a second
 * charge); a refusal (funds, stock, input) proves no purchase was stored under the key.
 */
async function replay<R>(look: Look<R>): Promise<Reconciled<never, R>> {
  try {
    return { reply: await look.again() };
  } catch (error) {
    const refused =
      error instanceof InsufficientBalanceError ||
      error instanceof OutOfStockError ||
      error instanceof ValidationError;
    if (refused) return { absent: true };
    throw error;
  }
}

export function rentals(api: Api) {
  /**
   * A purchase (rent or renew) with its `Idempotency-Key`: retried and replayed with that key only, so the
   * provider answers every repeat with the first purchase. The key is in `known`: with it, the same request
   * within 24 h never charges twice.
   */
  function keyedPurchase(purchase: {
    operation: "rent" | "renew";
    path: string;
    json: unknown;
    key: string;
    known: Record<string, unknown>;
    context: Omit<RentalContext, "price">;
    signal: AbortSignal | undefined;
  }): Promise<Rental> {
    const { operation, path, json, key, signal } = purchase;
    return paidRequest(api.transport, {
      operation,
      known: { ...purchase.known, idempotencyKey: key },
      send: (paid) =>
        api.call({ method: "POST", path, json, idempotencyKey: key, paid, signal }, chargedSchema()),
      map: (reply) =>
        rentalFromWire(reply.data, {
          ...purchase.context,
          price: money(reply.meta.charged, reply.meta.currency, "meta.charged"),
        }),
      signal,
      keyed: true,
      reconcile: replay,
    });
  }

  async function rent(request: RentRequest, options: CallOptions = {}): Promise<Rental> {
    const country = requireCountry(request.country);
    const duration = requireDuration(request.days);
    const numberType = checkNumberType(request.numberType);
    if (request.autoRenew === true) {
      throw new UnsupportedError(`${PROVIDER} does not renew automatically; call renew() before expiry`, {
        provider: PROVIDER,
      });
    }
    const key = idempotencyKey(request.idempotencyKey);
    return keyedPurchase({
      operation: "rent",
      path: "/numbers/buy",
      json: { country_code: country, duration, ...(numberType ? { number_type: numberType } : {}) },
      key,
      known: { country, days: request.days, numberType: numberType ?? null },
      context: { service: request.service, messages: [], country, expiresAt: null },
      signal: options.signal,
    });
  }

  async function getRental(rental: Rental, options: CallOptions = {}): Promise<Rental> {
    const reply = await api.call(
      { method: "GET", path: `/numbers/${rentalRef(rental)}/sms`, signal: options.signal },
      numberSmsSchema(),
    );
    const messages = sortNewestFirst(
      messagesFromWire(
        reply.data.messages.map((m) => ({ id: m.id, from: m.from, text: m.body, receivedAt: m.received_at })),
        rental.service,
      ),
    );
    return rentalFromWire(reply.data.number, {
      service: rental.service,
      price: rental.price,
      messages,
      country: rental.country,
      expiresAt: rental.expiresAt,
    });
  }

  async function inbox(rental: Rental, options: CallOptions = {}): Promise<Message[]> {
    return (await getRental(rental, options)).messages;
  }

  async function renew(rental: Rental, request: RenewRequest, options: CallOptions = {}): Promise<Rental> {
    const days = request.days ?? DEFAULT_RENEW_DAYS;
    const pkg = requireDuration(days);
    const key = idempotencyKey(request.idempotencyKey);
    return keyedPurchase({
      operation: "renew",
      path: `/numbers/${rentalRef(rental)}/renew`,
      json: { package: pkg },
      key,
      known: { rentalId: rental.id, number: rental.number, days },
      context: {
        service: rental.service,
        messages: rental.messages,
        country: rental.country,
        expiresAt: rental.expiresAt,
      },
      signal: options.signal,
    });
  }

  async function cancelRental(rental: Rental, options: CallOptions = {}): Promise<RentalCancelResult> {
    const reply = await api.call(
      {
        method: "POST",
        path: `/numbers/${rentalRef(rental)}/cancel`,
        idempotencyKey: idempotencyKey(null),
        signal: options.signal,
      },
      cancelSchema(),
    );
    const cancelled = rentalFromWire(reply.data, {
      service: rental.service,
      price: rental.price,
      messages: rental.messages,
      country: rental.country,
      expiresAt: rental.expiresAt,
    });
    return { rental: cancelled, refunded: refundedMoney(reply.meta?.refunded, reply.meta?.currency) };
  }

  /** Every number on the account, newest first; `status` filters (default all). */
  async function listNumbers(
    status?: NumberStatusFilter | null,
    options: CallOptions = {},
  ): Promise<Rental[]> {
    const filter =
      status === undefined || status === null
        ? undefined
        : checkOneOf(status, NUMBER_STATUS_FILTERS, "status");
    const reply = await api.call(
      { method: "GET", path: "/numbers", query: { status: filter }, signal: options.signal },
      numberListSchema(),
    );
    return reply.data.map((wire) =>
      rentalFromWire(wire, { service: null, price: null, messages: [], country: null, expiresAt: null }),
    );
  }

  /**
   * After a crash: the number a rent bought, by its `purchase_date` in `GET /numbers`. Never replayed with
   * the key, which would buy now if the first request never arrived.
   */
  async function findRent(
    intent: PurchaseIntent & { operation: "rent" },
    options: CallOptions = {},
  ): Promise<FoundPurchase> {
    const country = intent.request.country;
    const numberType = intent.request.numberType;
    const reply = await api.call(
      { method: "GET", path: "/numbers", signal: options.signal },
      numberListSchema(),
    );
    const found = purchaseSince(reply.data, intent, {
      id: (wire) => String(wire.id),
      createdAt: (wire) => wire.purchase_date,
      fits: (wire) =>
        (!country || wire.country_code === country) && (!numberType || wire.number_type === numberType),
    });
    if (!("reply" in found)) return foundPurchase(PROVIDER, intent, found);
    const context = { service: intent.request.service, price: null, messages: [], country, expiresAt: null };
    return { found: rentalFromWire(found.reply, context) };
  }

  return { rent, getRental, inbox, renew, cancelRental, listNumbers, findRent };
}
