/** Rentals: orders of type "rental" bought through `POST /numbers`, read through `GET /orders/:id`. */
import { ValidationError } from "../../core/errors.js";
import type { Message, Rental } from "../../core/model.js";
import type { CallOptions, RenewRequest, RentRequest } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import { paidRequest } from "../../core/transport/paid-request.js";
import { PurchaseLog } from "../../core/transport/purchase-log.js";
import { NUMARIQ_COUNTRY, NUMARIQ_RENTAL_DAYS, rentalRef } from "./ids.js";
import { checkCountry } from "./inputs.js";
import { periodOf, rentalFromReply, rentalFromWire } from "./mapping.js";
import { orderReply, purchaseReply, type StatusReply, statusReply } from "./wire.js";

function checkRent(request: RentRequest): void {
  checkCountry(request.country);
  if (!(NUMARIQ_RENTAL_DAYS as readonly number[]).includes(request.days)) {
    throw new ValidationError(
      `numariq rents for ${NUMARIQ_RENTAL_DAYS.join(", ")} days, not ${request.days}`,
      {
        provider: "numariq",
        field: "days",
        allowed: NUMARIQ_RENTAL_DAYS,
      },
    );
  }
  if (request.numberType === "voip") {
    throw new ValidationError("numariq sells real non-VoIP numbers only", {
      provider: "numariq",
      field: "numberType",
      allowed: ["non_voip"],
    });
  }
}

/** The renew endpoint takes no period: it extends by the rental's own one. */
function checkRenewDays(rental: Rental, days: number | null): void {
  if (days === null) return;
  const period = periodOf(rental);
  if (period === days) return;
  const what = period === null ? "a period this rental does not record" : `${period} days`;
  throw new ValidationError(`numariq renews a rental for its own period only (${what}); renew without days`, {
    provider: "numariq",
    field: "days",
    ...(period === null ? {} : { allowed: [period] }),
  });
}

export function rentals(transport: Transport) {
  // Two renewals of one rental racing here would both read the moved expiry as their own.
  const renewals = new PurchaseLog();
  async function getRental(rental: Rental, options?: CallOptions): Promise<Rental> {
    const reply = await transport.request({
      method: "GET",
      path: `/orders/${rentalRef(rental)}`,
      schema: orderReply(),
      signal: options?.signal,
    });
    return rentalFromReply(reply, {
      service: rental.service,
      price: rental.price,
      autoRenew: rental.autoRenew,
      periodDays: periodOf(rental),
    });
  }

  return {
    async rent(request: RentRequest, options?: CallOptions): Promise<Rental> {
      checkRent(request);
      const body = {
        country: NUMARIQ_COUNTRY,
        type: "rental",
        period_days: request.days,
        ...(request.autoRenew === null ? {} : { renewable: request.autoRenew }),
      };
      return paidRequest(transport, {
        operation: "rent",
        known: { country: NUMARIQ_COUNTRY, days: request.days, autoRenew: request.autoRenew ?? true },
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
          rentalFromWire(reply.order, {
            service: null,
            price: null,
            autoRenew: request.autoRenew ?? true,
            periodDays: request.days,
          }),
      });
    },

    getRental,

    async inbox(rental: Rental, options?: CallOptions): Promise<Message[]> {
      return (await getRental(rental, options)).messages;
    },

    /**
     * Extends by the rental's own period. The rental is read first: its expiry is what a lost or unreadable
     * reply is checked against (a renewal moves it).
     */
    async renew(rental: Rental, request: RenewRequest, options?: CallOptions): Promise<Rental> {
      checkRenewDays(rental, request.days);
      // The ticket spans the read of the expiry too: a renewal beside it would move the expiry from under it.
      const { before, renewed } = await renewals.of(rental.id).during(async (purchases) => {
        const before = await getRental(rental, options);
        const renewed = await paidRequest<StatusReply, Rental | null>(transport, {
          operation: "renew",
          known: {
            rentalId: rental.id,
            number: rental.number,
            days: periodOf(rental),
            expiresAt: before.expiresAt,
          },
          purchases,
          send: (paid) =>
            transport.request({
              method: "POST",
              path: `/rentals/${rentalRef(rental)}/renew`,
              paid,
              schema: statusReply(),
              signal: options?.signal,
            }),
          // A refusal in a 200 (`ok: false`) charged nothing: its error is the provider's, not a lost reply.
          map: (reply) => {
            if (!reply.ok) throw transport.fail(reply.error ?? "the rental was not renewed");
            return null;
          },
          signal: options?.signal,
          reconcile: async (look) => {
            const after = await getRental(rental, { signal: look.signal });
            const was = Date.parse(before.expiresAt ?? "");
            const now = Date.parse(after.expiresAt ?? "");
            if (Number.isNaN(was) || Number.isNaN(now)) {
              return { undecided: `rental ${rental.id} shows no expiry to compare` };
            }
            return now > was ? { found: after } : { absent: true };
          },
        });
        return { before, renewed };
      });
      if (renewed) return renewed;
      // Charged: read the new state. Failing now (or rejecting with the caller's abort, which came too late
      // to stop the renewal) would invite a second one, so a failed read gives the rental, expiry unknown.
      try {
        return await getRental(rental, options);
      } catch {
        const { providerStatus: _old, ...rest } = before;
        return { ...rest, status: "active", expiresAt: null };
      }
    },
  };
}
