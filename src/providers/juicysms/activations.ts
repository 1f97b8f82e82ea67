/** Verification orders: makeorder, getsms, cancelorder, skipnumber, reuse, getbalance. */
import { type PaidOperation, ResponseFormatError, UnsupportedError } from "../../core/errors.js";
import type { CancelResult, Money, Order } from "../../core/model.js";
import { parseWireMoney } from "../../core/money.js";
import type { BuyRequest, CallOptions } from "../../core/provider.js";
import { paidRequest } from "../../core/transport/paid-request.js";
import type { Call, JuicyApi, Subject } from "./api.js";
import { orderCountry, orderRef, serviceId } from "./inputs.js";
import { type OrderRequest, orderFromWire, serviceOf, withSms, withStatus } from "./mapping.js";
import {
  BALANCE,
  NUMBER_SKIPPED,
  ORDER_ALREADY_OPEN,
  ORDER_CANCELED,
  ORDER_CREATED,
  ORDER_EXPIRED,
  SMS_RECEIVED,
  WAITING,
} from "./wire.js";

/** A purchase's reply: the order it made, or the account's one open order that refused it. */
type Purchase = { id: string; rawNumber: string } | { openOrderId: string };

export function activations(api: JuicyApi) {
  /** A purchase's reply, read: the order it made, or the account's one open order that refused it. */
  function readPurchase(body: string, call: Call, subject?: Subject): Purchase {
    const created = ORDER_CREATED.exec(body);
    if (created) return { id: created[1]!, rawNumber: created[2]! };
    const open = ORDER_ALREADY_OPEN.exec(body);
    if (open) return { openOrderId: open[1]! };
    // A refusal word is its typed error (nothing charged); anything else is unreadable, and reconciled.
    throw api.refusal(body, call, subject);
  }

  /**
   * A purchase whose reply was lost or unreadable is reconciled by asking again. JuicySMS keeps one open
   * order per account, so the second request cannot make a second order while the first one is open: it
   * answers `ORDER_ALREADY_OPEN_{id}` when the first went through, and makes the one order when it did
   * not. (Never while the first may still land: see the paid-request rules.)
   */
  function purchase(
    operation: PaidOperation,
    call: Call,
    request: OrderRequest,
    known: Record<string, unknown>,
    subject?: Subject,
  ): Promise<Order> {
    return paidRequest(api.transport, {
      operation,
      known,
      send: async (paid) => readPurchase(await api.send({ ...call, paid }), call, subject),
      map: (reply) => {
        // Refused by an order already open: nothing was bought by this request.
        if ("openOrderId" in reply)
          throw api.refusal(`ORDER_ALREADY_OPEN_${reply.openOrderId}`, call, subject);
        return readOrder(reply.id, reply.rawNumber, request, operation);
      },
      signal: call.options?.signal,
      reconcile: async (look) => {
        const reply = await look.again();
        if (!("openOrderId" in reply)) return { reply };
        return {
          undecided: openOrderUndecided(operation, reply.openOrderId),
          known: { openOrderId: reply.openOrderId },
        };
      },
    });
  }

  async function cancelLike(order: Order, path: string, success: string, options?: CallOptions) {
    const id = orderRef(order);
    const call: Call = { method: "GET", path, params: { orderId: id }, options };
    const body = await api.send(call);
    if (body !== success) throw api.refusal(body, call, { kind: "order", id });
    // The reply names no amount: what came back is the order's price when the order carries one.
    return { order: withStatus(order, "cancelled"), refunded: order.price } satisfies CancelResult;
  }

  return {
    async buy(request: BuyRequest, options?: CallOptions): Promise<Order> {
      if (request.channel === "voice" || request.areaCode) {
        throw new UnsupportedError("juicysms takes neither a voice channel nor an area code", {
          provider: "juicysms",
        });
      }
      const id = serviceId(request.service);
      const country = orderCountry(request.country);
      const call: Call = {
        method: "GET",
        path: "/makeorder",
        params: { serviceId: id, country: country.wire },
        options,
      };
      const wanted = { service: serviceOf(id), country: country.iso };
      return purchase("buy", call, wanted, { service: wanted.service, serviceId: id, country: country.iso });
    },

    async poll(order: Order, options?: CallOptions): Promise<Order> {
      const id = orderRef(order);
      const call: Call = { method: "GET", path: "/getsms", params: { orderId: id }, options };
      const body = await api.send(call);
      if (body === WAITING) return withStatus(order, "waiting");
      // "Canceled or expired": an order we saw cancelled stays cancelled; otherwise it ran out.
      if (body === ORDER_EXPIRED)
        return withStatus(order, order.status === "cancelled" ? "cancelled" : "expired");
      const sms = SMS_RECEIVED.exec(body);
      if (sms) return withSms(order, sms[1]!);
      throw api.refusal(body, call, { kind: "order", id });
    },

    cancel(order: Order, options?: CallOptions): Promise<CancelResult> {
      return cancelLike(order, "/cancelorder", ORDER_CANCELED, options);
    },

    /** Cancels the order and skips its number, so it is not handed out to this account again. */
    skip(order: Order, options?: CallOptions): Promise<CancelResult> {
      return cancelLike(order, "/skipnumber", NUMBER_SKIPPED, options);
    },

    /**
     * A new order (charged) on the same number for the same service as a completed order; JuicySMS
     * offers it for a few hours after the first one.
     */
    async reuse(order: Order, options?: CallOptions): Promise<Order> {
      const id = orderRef(order);
      const call: Call = { method: "GET", path: "/reuse", params: { orderId: id }, options };
      const wanted = { service: order.service, country: order.country };
      return purchase("reuse", call, wanted, { orderId: id, ...wanted }, { kind: "order", id });
    },

    async balance(options?: CallOptions): Promise<Money> {
      const call: Call = { method: "GET", path: "/getbalance", options };
      const body = await api.send(call);
      if (!BALANCE.test(body)) throw api.refusal(body, call);
      return parseWireMoney(body, "USD", "juicysms", "balance");
    },
  };
}

/** A made order whose number cannot be read must still name the order, so it can be cancelled. */
function readOrder(id: string, rawNumber: string, request: OrderRequest, operation: PaidOperation): Order {
  try {
    return orderFromWire(id, rawNumber, request);
  } catch (error) {
    if (!(error instanceof ResponseFormatError)) throw error;
    throw new ResponseFormatError(
      `juicysms: ${operation} made order ${id} (charged) but sent a number that cannot be read as E.164; cancel order ${id} for a refund`,
      { provider: "juicysms", excerpt: rawNumber.slice(0, 32) },
    );
  }
}

function openOrderUndecided(operation: PaidOperation, openOrderId: string): string {
  return (
    `order ${openOrderId} is open on this account: it is either the order this ${operation} made (charged) ` +
    `or one that was already open (perhaps another process's). JuicySMS gives an order's number only in ` +
    `the purchase reply, so it cannot be recovered here: check order ${openOrderId} in the JuicySMS ` +
    "dashboard first, then use it or cancel it for a refund"
  );
}
