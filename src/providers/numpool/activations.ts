/** Verifications (NumPool's "Server 1"): buy, poll, cancel, and the order list. */
import { ValidationError } from "../../core/errors.js";
import { foundPurchase } from "../../core/find-purchase.js";
import type { CancelResult, Order } from "../../core/model.js";
import type { BuyRequest, CallOptions, FoundPurchase, PurchaseIntent } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import { LANDING_WINDOW_MS, paidRequest, type Reconciled } from "../../core/transport/paid-request.js";
import type { PurchaseLog } from "../../core/transport/purchase-log.js";
import type { CountryDirectory } from "./countries.js";
import { DEFAULT_COUNTRY, orderRef, serviceIds } from "./ids.js";
import {
  orderFromBuy,
  orderFromItem,
  orderFromPoll,
  orderIdOf,
  orderStatus,
  refundOf,
  serviceFromWire,
} from "./mapping.js";
import { type BuyProbe, findOrder, ORDER_PAGE, type SeenIds, unreadableMatch } from "./reconcile.js";
import { buyReply, cancelReply, ordersReply, smsReply, type WireOrderItem } from "./wire.js";

/** `buy()` called on the NumPool provider directly: the contract's request plus a carrier. */
export interface NumpoolBuyRequest extends BuyRequest {
  /** NumPool's optional carrier preference; replaces the factory's `operator` for this purchase. */
  operator?: string | null;
}

/** One page of `listOrders`. */
export interface ListOrdersQuery {
  /** Page size, NumPool's `limit` (default 20). */
  limit?: number;
  /** Orders to skip (default 0). */
  offset?: number;
}

function checkOperator(operator: unknown): string | null {
  if (operator === undefined || operator === null) return null;
  if (typeof operator !== "string" || operator.trim() === "") {
    throw new ValidationError("numpool: operator must be a non-empty string", {
      provider: "numpool",
      field: "operator",
    });
  }
  return operator.trim();
}

export function activations(
  transport: Transport,
  directory: CountryDirectory,
  seen: SeenIds,
  defaultOperator: string | null,
  purchases: PurchaseLog,
) {
  async function page(
    query: { limit: number; offset: number },
    signal?: AbortSignal,
  ): Promise<WireOrderItem[]> {
    return transport.request({
      method: "GET",
      path: "/orders",
      query,
      schema: ordersReply(),
      ...(signal ? { signal } : {}),
    });
  }

  async function orderFromListed(item: WireOrderItem, signal?: AbortSignal): Promise<Order> {
    let country: string | null = null;
    if (
      typeof item.country === "number" ||
      (typeof item.country === "string" && /^\d+$/.test(item.country))
    ) {
      country = await directory.isoFor(Number(item.country), signal);
    }
    const order = orderFromItem(item, country);
    if (!order) throw transport.badResponse("an order in GET /orders has no number", item);
    return order;
  }

  /** The order a purchase made, found in `GET /orders` (see `findOrder`), mapped. */
  async function lookForOrder(
    probe: BuyProbe,
    skip: { has(id: string): boolean },
    signal?: AbortSignal,
  ): Promise<Reconciled<Order, never>> {
    const found = await findOrder(probe, (offset) => page({ limit: ORDER_PAGE, offset }, signal), skip);
    if (!("found" in found)) return found;
    try {
      const listed = await orderFromListed(found.found, signal);
      return { found: { ...listed, service: serviceFromWire(probe.code), country: probe.country } };
    } catch (error) {
      // Found but not readable (no number, the country lookup failing): still the handle to settle it.
      return unreadableMatch(orderIdOf(found.found), error);
    }
  }

  return {
    /** After a crash: the order a buy made, by its time; ids the journal holds are not it. */
    async findBuy(
      intent: PurchaseIntent & { operation: "buy" },
      options?: CallOptions,
    ): Promise<FoundPurchase> {
      const code = serviceIds.toProvider(intent.request.service);
      const country = intent.request.country ?? DEFAULT_COUNTRY;
      const countryId = await directory.idFor(country, options?.signal);
      // A country NumPool does not list was refused before any request.
      if (countryId === null) return { absent: true };
      const exclude = new Set(intent.exclude ?? []);
      const skip = { has: (id: string) => seen.has(id) || exclude.has(id) };
      const startedAt = Date.parse(intent.startedAt);
      const until = startedAt + LANDING_WINDOW_MS;
      const outcome = await lookForOrder(
        { code, countryId, country, startedAt, until },
        skip,
        options?.signal,
      );
      return foundPurchase("numpool", intent, outcome);
    },

    async buy(request: NumpoolBuyRequest, options?: CallOptions): Promise<Order> {
      const operator = checkOperator(request.operator) ?? defaultOperator;
      const code = serviceIds.toProvider(request.service);
      const service = serviceFromWire(code);
      const country = request.country ?? DEFAULT_COUNTRY;
      const countryId = await directory.idFor(country, options?.signal);
      if (countryId === null) {
        throw new ValidationError(`numpool does not list ${country} in GET /countries`, {
          provider: "numpool",
          field: "country",
        });
      }
      const startedAt = Date.now();
      const order = await paidRequest(transport, {
        operation: "buy",
        known: { service: code, country: countryId },
        purchases,
        send: (paid) =>
          transport.request({
            method: "POST",
            path: "/buy",
            json: { service: code, country: countryId, ...(operator ? { operator } : {}) },
            paid,
            schema: buyReply(),
            signal: options?.signal,
          }),
        map: (reply) => orderFromBuy(reply, { service, country, createdAt: new Date().toISOString() }),
        signal: options?.signal,
        reconcile: (look) => lookForOrder({ code, countryId, country, startedAt }, seen, look.signal),
      });
      seen.add(order.id);
      return order;
    },

    async poll(order: Order, options?: CallOptions): Promise<Order> {
      const reply = await transport.request({
        method: "GET",
        path: `/sms/${orderRef(order)}`,
        schema: smsReply(),
        signal: options?.signal,
      });
      seen.add(order.id);
      return orderFromPoll(order, reply);
    },

    async cancel(order: Order, options?: CallOptions): Promise<CancelResult> {
      const reply = await transport.request({
        method: "POST",
        path: `/cancel/${orderRef(order)}`,
        schema: cancelReply(),
        signal: options?.signal,
      });
      if (reply.ok === false) {
        const said = typeof reply.error === "string" ? reply.error : "order cannot be cancelled";
        throw transport.fail(said, 409);
      }
      // Only the documented `ok: true` is a cancel: a 200 without it (a proxy's `{}`) refunded nothing.
      if (reply.ok !== true) throw transport.badResponse("POST /cancel answered without ok: true", reply);
      seen.add(order.id);
      const { providerStatus: _gone, ...rest } = order;
      return { order: { ...rest, status: "cancelled" }, refunded: refundOf(reply.refunded) };
    },

    /**
     * Many watched orders from `GET /orders` pages. NumPool documents no item shape for this list, so an
     * item is read only for what it plainly shows: an order still `pending` or `waiting`, with no code
     * and no SMS, has not changed. Anything else (a code, an SMS, received, cancelled, a status we do not
     * know, an order not on the pages read) is left to `GET /sms/:id`, the documented source of codes
     * (null). Pages are read until every watched order was seen, at most one more than they fill.
     */
    async pollMany(orders: readonly Order[], options?: CallOptions): Promise<Array<Order | null>> {
      const index = new Map(orders.map((order, i) => [order.id, i]));
      const result: Array<Order | null> = orders.map(() => null);
      const maxPages = Math.ceil(orders.length / ORDER_PAGE) + 1;
      let seenCount = 0;
      for (let n = 0; n < maxPages && seenCount < orders.length; n++) {
        const items = await page({ limit: ORDER_PAGE, offset: n * ORDER_PAGE }, options?.signal);
        for (const item of items) {
          const i = index.get(orderIdOf(item));
          if (i === undefined) continue;
          index.delete(orderIdOf(item));
          seenCount++;
          const { status, providerStatus } = orderStatus(item.status);
          const unchanged =
            item.status && status === "waiting" && !providerStatus && !item.code && !item.full_sms;
          if (unchanged) result[i] = orders[i]!;
        }
        if (items.length < ORDER_PAGE) break;
      }
      return result;
    },

    /** `GET /orders?limit=&offset=`: one page of your orders, as NumPool lists them. */
    async listOrders(query: ListOrdersQuery = {}, options?: CallOptions): Promise<Order[]> {
      const limit = query.limit ?? ORDER_PAGE;
      const offset = query.offset ?? 0;
      if (!Number.isInteger(limit) || limit < 1) {
        throw new ValidationError("numpool: limit must be a positive integer", {
          provider: "numpool",
          field: "limit",
        });
      }
      if (!Number.isInteger(offset) || offset < 0) {
        throw new ValidationError("numpool: offset must be a non-negative integer", {
          provider: "numpool",
          field: "offset",
        });
      }
      const items = await page({ limit, offset }, options?.signal);
      // Listed orders are not marked as seen: one may be the purchase a concurrent buy is reconciling.
      const orders: Order[] = [];
      for (const item of items) orders.push(await orderFromListed(item, options?.signal));
      return orders;
    },
  };
}
