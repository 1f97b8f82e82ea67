/** Activations (one code): services, buy, poll, done, cancel. */

import type { CancelResult, Order, ServiceOffer } from "../../core/model.js";
import type { BuyRequest, CallOptions, ServicesRequest } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import { paidRequest } from "../../core/transport/paid-request.js";
import { NUMARIQ_COUNTRY, NUMARIQ_SERVICES, orderRef } from "./ids.js";
import { checkCountry } from "./inputs.js";
import { offersFromWire, orderFromReply, orderFromWire } from "./mapping.js";
import { cancelReply, orderReply, purchaseReply, servicesReply, statusReply } from "./wire.js";

export function activations(transport: Transport) {
  async function poll(order: Order, options?: CallOptions): Promise<Order> {
    const reply = await transport.request({
      method: "GET",
      path: `/orders/${orderRef(order)}`,
      schema: orderReply(),
      signal: options?.signal,
    });
    return orderFromReply(reply, order);
  }

  return {
    async services(request: ServicesRequest, options?: CallOptions): Promise<ServiceOffer[]> {
      checkCountry(request.country);
      const reply = await transport.request({
        method: "GET",
        path: "/services",
        query: { country: NUMARIQ_COUNTRY, channel: request.channel ?? "sms" },
        schema: servicesReply(),
        signal: options?.signal,
      });
      return offersFromWire(reply);
    },

    async buy(request: BuyRequest, options?: CallOptions): Promise<Order> {
      checkCountry(request.country);
      const body = {
        country: NUMARIQ_COUNTRY,
        type: "activation",
        service: NUMARIQ_SERVICES.toProvider(request.service),
        channel: request.channel,
        ...(request.areaCode ? { area_code: request.areaCode } : {}),
      };
      // No idempotency key is sent: Numariq does not de-duplicate, and the key would make the POST retryable.
      return paidRequest(transport, {
        operation: "buy",
        known: {
          service: request.service,
          country: NUMARIQ_COUNTRY,
          areaCode: request.areaCode,
          channel: request.channel,
        },
        send: (paid) =>
          transport.request({
            method: "POST",
            path: "/numbers",
            json: body,
            paid,
            schema: purchaseReply(),
            signal: options?.signal,
          }),
        map: (reply) =>
          orderFromWire(reply.order, { service: request.service, price: null, createdAt: null }),
      });
    },

    poll,

    async done(order: Order, options?: CallOptions): Promise<Order> {
      const reply = await transport.request({
        method: "POST",
        path: `/orders/${orderRef(order)}/done`,
        schema: statusReply(),
        signal: options?.signal,
      });
      if (!reply.ok) throw transport.fail(reply.error ?? "the order was not marked done");
      // The reply names only the new status; the rest of the order is as the caller last saw it.
      const { providerStatus: _old, ...rest } = order;
      return { ...rest, status: "done" };
    },

    async cancel(order: Order, options?: CallOptions): Promise<CancelResult> {
      // `refunded` is the order's price, so learn it first when the order passed in lacks it.
      const known = order.price ? order : await poll(order, options);
      const reply = await transport.request({
        method: "POST",
        path: `/orders/${orderRef(order)}/cancel`,
        schema: cancelReply(),
        signal: options?.signal,
      });
      if (!reply.ok) throw transport.fail(reply.error ?? "the order was not cancelled");
      if (reply.result !== "refunded" && reply.result !== "closed") {
        throw transport.badResponse(`unknown cancel result ${JSON.stringify(reply.result ?? null)}`, reply);
      }
      const { providerStatus: _old, ...rest } = known;
      return {
        order: { ...rest, status: "cancelled" },
        refunded: reply.result === "refunded" ? known.price : null,
      };
    },
  };
}
