/** Long-term numbers: rental/new, rental/view, rental/extend, rental/edit (all POST, JSON on success). */
import { ValidationError } from "../../core/errors.js";
import type { Message, Rental } from "../../core/model.js";
import type { CallOptions, RenewRequest, RentRequest } from "../../core/provider.js";
import { paidRequest, type Reconciled } from "../../core/transport/paid-request.js";
import { PurchaseLog } from "../../core/transport/purchase-log.js";
import type { Call, JuicyApi } from "./api.js";
import { isPackage } from "./ids.js";
import { rentalCountry, rentalPackage, rentalRef } from "./inputs.js";
import { messagesFromWire, type RentalFields, rentalFromWire } from "./mapping.js";
import {
  type RentalViewReply,
  rentalCreatedReply,
  rentalEditedReply,
  rentalExtendedReply,
  rentalViewReply,
} from "./wire.js";

const post = (path: string, params: Record<string, string | undefined>, extra: Partial<Call> = {}): Call => ({
  method: "POST",
  path,
  params,
  ...extra,
});

export function rentals(api: JuicyApi) {
  // Two renewals of one rental racing here would both read the moved expiry as their own.
  const renewals = new PurchaseLog();
  async function view(id: string, options?: CallOptions): Promise<RentalViewReply> {
    const call = post("/rental/view", { contract_id: id }, { repeatable: true, options });
    return api.json(await api.send(call), rentalViewReply(), call, { kind: "rental", id });
  }

  const fromView = (reply: RentalViewReply): Rental => rentalFromWire(fieldsOf(reply));

  async function getRental(rental: Rental, options?: CallOptions): Promise<Rental> {
    return fromView(await view(rentalRef(rental), options));
  }

  return {
    async rent(request: RentRequest, options?: CallOptions): Promise<Rental> {
      const country = rentalCountry(request.country);
      const pkg = rentalPackage(request.days);
      // Rentals take no service (any SMS reaches the number) and no number type: neither is sent.
      const call = post(
        "/rental/new",
        {
          country: country.wire,
          package: pkg,
          auto_renew: request.autoRenew === null ? undefined : String(request.autoRenew),
        },
        { options },
      );
      // No call lists rentals, so a lost reply cannot be reconciled: OutcomeUnknownError.
      return paidRequest(api.transport, {
        operation: "rent",
        known: { country: country.iso, days: request.days, package: pkg },
        send: async (paid) => api.json(await api.send({ ...call, paid }), rentalCreatedReply(), call),
        map: (reply) =>
          rentalFromWire({
            id: reply.contract_id,
            phone: reply.phone_number,
            country: reply.country,
            package: reply.package,
            // "Optional, defaults to true".
            autoRenew: reply.auto_renew ?? request.autoRenew ?? true,
            expireOn: reply.expire_on,
            messages: [],
          }),
      });
    },

    getRental,

    async inbox(rental: Rental, options?: CallOptions): Promise<Message[]> {
      return (await getRental(rental, options)).messages;
    },

    /**
     * Extends by the package for `days`; without `days`, by the contract's own renewal package (the
     * provider would otherwise default to 1m and also switch auto-renewal to it).
     */
    async renew(rental: Rental, request: RenewRequest, options?: CallOptions): Promise<Rental> {
      const id = rentalRef(rental);
      const asked = request.days === null ? null : rentalPackage(request.days);
      // Read first: the renewal package, the number for the reply, and the expiry a lost reply is checked
      // against; inside the purchase's ticket, as a renewal beside the read would move that expiry.
      return renewals.of(id).during(async (purchases) => {
        const before = await view(id, options);
        const pkg = asked ?? [before.renewal_package, before.package].find(isPackage) ?? "1m";
        const call = post("/rental/extend", { contract_id: id, package: pkg }, { options });
        const base = { ...fieldsOf(before), package: pkg };
        return paidRequest(api.transport, {
          operation: "renew",
          known: { rentalId: id, package: pkg, expiresAt: before.expire_on ?? null },
          purchases,
          // Read in `send`: a reply that cannot be read is settled through the rental's expiry, below.
          send: async (paid) =>
            api.json(await api.send({ ...call, paid }), rentalExtendedReply(), call, { kind: "rental", id }),
          map: (reply) => rentalFromWire({ ...base, package: reply.package, expireOn: reply.new_expire }),
          signal: options?.signal,
          // The extension moved the expiry; an unmoved one on two looks apart means it was not applied (a
          // request that timed out may still land: the paid-request rules keep that one open).
          reconcile: async (look): Promise<Reconciled<Rental>> => {
            const after = await view(id, { signal: look.signal });
            const was = Date.parse(before.expire_on ?? "");
            const now = Date.parse(after.expire_on ?? "");
            if (Number.isNaN(was) || Number.isNaN(now))
              return { undecided: `rental ${id} shows no expiry to compare` };
            return now > was ? { found: fromView(after) } : { absent: true };
          },
        });
      });
    },

    /** Turns auto-renewal on or off (`rental/edit`); the rest of the rental is as passed in. */
    async setAutoRenew(rental: Rental, enabled: boolean, options?: CallOptions): Promise<Rental> {
      const id = rentalRef(rental);
      if (typeof enabled !== "boolean") {
        throw new ValidationError("juicysms: setAutoRenew takes true or false", {
          provider: "juicysms",
          field: "autoRenew",
          allowed: ["true", "false"],
        });
      }
      const call = post(
        "/rental/edit",
        { contract_id: id, auto_renew: String(enabled) },
        { repeatable: true, options },
      );
      const reply = api.json(await api.send(call), rentalEditedReply(), call, { kind: "rental", id });
      const { providerStatus: _old, ...rest } = rental;
      return { ...rest, autoRenew: reply.auto_renew };
    },
  };
}

function fieldsOf(reply: RentalViewReply): RentalFields {
  return {
    id: reply.contract_id,
    phone: reply.phone_number,
    country: reply.country,
    package: reply.package,
    autoRenew: reply.auto_renew,
    expireOn: reply.expire_on,
    messages: messagesFromWire(reply.received_sms),
  };
}
