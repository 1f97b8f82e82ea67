/** Activations, which FetchSMS calls verifications (one code in a fixed 15-minute window): buy, poll, cancel, reuse, list. */
import { UnsupportedError, ValidationError } from "../../core/errors.js";
import { foundPurchase, purchaseSince } from "../../core/find-purchase.js";
import { normalizeCode } from "../../core/messages.js";
import type { CancelResult, Order } from "../../core/model.js";
import { moneyFromCents } from "../../core/money.js";
import type { BuyRequest, CallOptions, FoundPurchase, PurchaseIntent } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import { paidRequest } from "../../core/transport/paid-request.js";
import type { PurchaseLog } from "../../core/transport/purchase-log.js";
import { COUNTRY, orderRef, PROVIDER, type Tab, wireService } from "./ids.js";
import { check, ownedSchema, tabSchema } from "./inputs.js";
import { orderFromWire, serviceFromWire, verificationMessage } from "./mapping.js";
import { findNew, inAreaCode, samePhone, sameService, snapshot } from "./reconcile.js";
import {
  cancelVerificationReply,
  verificationListSchema,
  verificationMessagesSchema,
  verificationSchema,
  type WireVerification,
} from "./wire.js";

export function activations(transport: Transport, purchases: PurchaseLog) {
  const get = (id: string, signal?: AbortSignal) =>
    transport.request({ method: "GET", path: `/verifications/${id}`, schema: verificationSchema(), signal });

  const listWire = (tab: Tab, signal?: AbortSignal) =>
    transport.request({
      method: "GET",
      path: "/verifications",
      query: { tab },
      schema: verificationListSchema(),
      signal,
    });

  const codeIn = (v: WireVerification) =>
    v.status.toLowerCase() === "received" || (v.code_count ?? 0) > 0 || (v.code ?? null) !== null;

  /** Messages are a second read, made only when the verification says a code is in. */
  async function orderWithMessages(
    v: WireVerification,
    base: Partial<Order>,
    signal?: AbortSignal,
  ): Promise<Order> {
    const service = serviceFromWire(v.service) ?? base.service ?? null;
    const messages = codeIn(v)
      ? (
          await transport.request({
            method: "GET",
            path: `/verifications/${orderRef(v)}/messages`,
            schema: verificationMessagesSchema(),
            signal,
          })
        ).map((m) => verificationMessage(m, service))
      : null;
    return orderFromWire(v, messages, base);
  }

  function requireNumber(v: WireVerification, what: string): WireVerification {
    if (!v.number) throw transport.badResponse(`${what} answered a verification without a number`, v);
    return v;
  }

  return {
    /** After a crash: the active verification this buy made, by its time (see `purchaseSince`). */
    async findBuy(
      intent: PurchaseIntent & { operation: "buy" },
      options: CallOptions = {},
    ): Promise<FoundPurchase> {
      const { service: asked, areaCode } = intent.request;
      const service = wireService(asked);
      // Both tabs: a verification that got its code and passed its window has left the active one.
      const [active, history] = await Promise.all([
        listWire("active", options.signal),
        listWire("history", options.signal),
      ]);
      const found = purchaseSince(
        [...active, ...history.filter((h) => !active.some((a) => a.id === h.id))],
        intent,
        {
          id: (v) => v.id,
          createdAt: (v) => v.created_at,
          fits: (v) => sameService(v.service, service) && inAreaCode(v.number, areaCode),
        },
      );
      if (!("reply" in found)) return foundPurchase(PROVIDER, intent, found);
      return {
        found: orderFromWire(requireNumber(found.reply, "GET /verifications"), null, { service: asked }),
      };
    },

    async buy(request: BuyRequest, options: CallOptions = {}): Promise<Order> {
      const { signal } = options;
      if (request.country && request.country !== COUNTRY) {
        throw new ValidationError(`${PROVIDER} sells US numbers only`, {
          provider: PROVIDER,
          field: "country",
          allowed: [COUNTRY],
        });
      }
      if (request.channel === "voice")
        throw new UnsupportedError(`${PROVIDER} has no voice channel`, { provider: PROVIDER });
      const service = wireService(request.service);
      const areaCode = request.areaCode;
      return purchases.during(async (purchases) => {
        const before = snapshot(await listWire("active", signal));
        return paidRequest(transport, {
          operation: "buy",
          known: { service: request.service, areaCode },
          purchases,
          send: (paid) =>
            transport.request({
              method: "POST",
              path: "/verifications",
              json: { service, ...(areaCode ? { area_code: areaCode } : {}) },
              paid,
              signal,
              schema: verificationSchema(),
            }),
          // No second read here: a mapping that failed on the network after the charge would hide it. A code
          // already in stands in as a message; the next look reads the messages.
          map: (v) =>
            orderFromWire(requireNumber(v, "POST /verifications"), null, { service: request.service }),
          signal,
          reconcile: async (look) =>
            findNew(
              await listWire("active", look.signal),
              before,
              (item) => sameService(item.service, service) && inAreaCode(item.number, areaCode),
            ),
        });
      });
    },

    async poll(order: Order, options: CallOptions = {}): Promise<Order> {
      const v = await get(orderRef(order), options.signal);
      return orderWithMessages(v, order, options.signal);
    },

    /**
     * Refunds the cost; 409 once a code is in. Only this verification shown cancelled counts: in the reply,
     * or, when the reply has no body (a 204, and an empty 200 looks the same here), in a read of it. Any
     * other reply (a proxy's `{}`, the order still waiting) is a `ResponseFormatError`, never a cancel and a
     * refund that did not happen.
     */
    async cancel(order: Order, options: CallOptions = {}): Promise<CancelResult> {
      const id = orderRef(order);
      const reply = await transport.request({
        method: "POST",
        path: `/verifications/${id}/cancel`,
        schema: cancelVerificationReply(),
        signal: options.signal,
      });
      const v = reply ?? (await get(id, options.signal));
      if (String(v.id) !== order.id || v.status.toLowerCase() !== "cancelled") {
        throw transport.badResponse(`POST /verifications/${id}/cancel answered without cancelling it`, v);
      }
      const cents = v.cost_cents ?? order.price?.amount ?? null;
      return {
        order: orderFromWire(v, order.messages, order),
        refunded: cents === null ? null : moneyFromCents(cents),
      };
    },

    /** A new paid verification on the same number (for a service that asks again). */
    async reuse(order: Order, options: CallOptions = {}): Promise<Order> {
      const { signal } = options;
      const owned = check(ownedSchema(), order, "order");
      const id = orderRef(owned);
      return purchases.during(async (purchases) => {
        const before = snapshot(await listWire("active", signal));
        return paidRequest(transport, {
          operation: "reuse",
          known: { orderId: owned.id, number: owned.number },
          purchases,
          send: (paid) =>
            transport.request({
              method: "POST",
              path: `/verifications/${id}/reuse`,
              paid,
              signal,
              schema: verificationSchema(),
            }),
          map: (v) => orderFromWire(v, null, { number: owned.number, service: order.service ?? null }),
          signal,
          reconcile: async (look) =>
            findNew(await listWire("active", look.signal), before, (item) =>
              samePhone(item.number, owned.number),
            ),
        });
      });
    },

    /**
     * Every watched verification from one `GET /verifications?tab=active`, at the cost of that one request:
     * a list item carries its status and its newest code, which is all a watcher needs for the first code
     * (verification messages have no text), so no `/messages` read holds the round back: the code stands in
     * as a code-only message. An item showing more than one new code (`code_count`), or a code that
     * replaced one already seen, and an order missing from the active list (expired, cancelled, moved to
     * history), are left to a look of their own (null), which reads the messages.
     */
    async pollMany(orders: readonly Order[], options: CallOptions = {}): Promise<Array<Order | null>> {
      const items = new Map((await listWire("active", options.signal)).map((v) => [String(v.id), v]));
      return orders.map((order) => {
        const v = items.get(order.id);
        if (!v) return null;
        const code = normalizeCode(v.code);
        // Received, yet the item shows no code: only the order's messages can tell what came.
        if (!code && v.status === "received" && order.code === null) return null;
        if (!code || code === order.code) return orderFromWire(v, order.messages, order);
        // More codes came than the one the item shows (or one replaced a code already seen): only the
        // messages tell them all, so this order gets a look of its own.
        const codesKnown = new Set(order.messages.map((m) => m.code).filter(Boolean)).size;
        if ((v.code_count ?? 1) > codesKnown + 1 || order.code !== null) return null;
        // The first code: emitted at once as a code-only message in front of what the order had.
        const standIn = { id: null, from: null, text: null, code, receivedAt: null };
        return orderFromWire(v, [standIn, ...order.messages], order);
      });
    },

    /** `GET /verifications?tab=`: list items carry their code but not their messages. */
    async listVerifications(tab: Tab = "active", options: CallOptions = {}): Promise<Order[]> {
      const checked = check(tabSchema(), tab, "tab") ?? "active";
      const items = await listWire(checked, options.signal);
      return items.map((v) => orderFromWire(requireNumber(v, "GET /verifications"), null));
    },
  };
}
