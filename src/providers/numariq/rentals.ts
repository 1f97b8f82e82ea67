/** Rentals: orders of type "rental" bought through `POST /numbers`, read through `GET /orders/:id`. */
import { ValidationError } from "../../core/errors.js";
import type { Message, Rental } from "../../core/model.js";
import type { CallOptions, RenewRequest, RentRequest } from "../../core/provider.js";
import type { Transport } from "../../core/transport/http-client.js";
import { mapCharged, paidCall } from "../../core/transport/paid-call.js";
import { NUMARIQ_COUNTRY, NUMARIQ_RENTAL_DAYS } from "./ids.js";
import { periodOf, rentalFromReply, toRental } from "./mapping.js";
import { checkCountry, orderPath, rentalPath } from "./paths.js";
import { orderReply, purchaseReply, statusReply } from "./wire.js";

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
  async function getRental(rental: Rental, options?: CallOptions): Promise<Rental> {
    const reply = await transport.request({
      method: "GET",
      path: orderPath(rental.id),
      schema: orderReply,
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
      const paid = {
        provider: "numariq" as const,
        operation: "rent" as const,
        known: { country: NUMARIQ_COUNTRY, days: request.days, autoRenew: request.autoRenew ?? true },
      };
      const reply = await paidCall(
        () =>
          transport.request({
            method: "POST",
            path: "/numbers",
            json: body,
            paid: "rent",
            schema: purchaseReply,
            signal: options?.signal,
          }),
        paid,
      );
      return mapCharged(
        reply,
        (r) =>
          toRental(r.order, {
            service: null,
            price: null,
            autoRenew: request.autoRenew ?? true,
            periodDays: request.days,
          }),
        paid,
      );
    },

    getRental,

    async inbox(rental: Rental, options?: CallOptions): Promise<Message[]> {
      return (await getRental(rental, options)).messages;
    },

    async renew(rental: Rental, request: RenewRequest, options?: CallOptions): Promise<Rental> {
      checkRenewDays(rental, request.days);
      const reply = await paidCall(
        () =>
          transport.request({
            method: "POST",
            path: rentalPath(rental.id, "/renew"),
            paid: "renew",
            schema: statusReply,
            signal: options?.signal,
          }),
        {
          provider: "numariq",
          operation: "renew",
          known: { rentalId: rental.id, number: rental.number, days: periodOf(rental) },
        },
      );
      if (!reply.ok) throw transport.fail(reply.error ?? "the rental was not renewed");
      try {
        return await getRental(rental, options);
      } catch (error) {
        if (options?.signal?.aborted) throw error;
        // The renewal was charged: failing now would invite a second one. The new expiry is unknown.
        const { providerStatus: _old, ...rest } = rental;
        return { ...rest, status: "active", expiresAt: null };
      }
    },
  };
}
