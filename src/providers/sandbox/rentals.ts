/**
 * Rentals: a number held for a period. They receive only what `deliver()` sends (the sandbox cannot
 * know which services a user signs up for). Expiry and auto-renewal are lazy, like activations: a
 * period that ended is renewed from the wallet when `autoRenew` is on and the wallet can pay, else the
 * rental expires. Cancelling refunds everything paid only within 15 minutes of purchase and before any
 * message; later it just releases the number.
 */
import { NotFoundError, OrderStateError, OutOfStockError, ValidationError } from "../../core/errors.js";
import { toMessage } from "../../core/messages.js";
import { type Message, type Money, type Rental, sortNewestFirst } from "../../core/model.js";
import type { RenewRequest, RentRequest } from "../../core/provider.js";
import { RENTAL_DAYS, RENTAL_PRICES } from "./catalog.js";
import { DEFAULT_COUNTRY, drawNumber, SANDBOX_COUNTRIES } from "./numbers.js";
import { refusePurchase } from "./scenario.js";
import {
  iso,
  numberInUse,
  priorPurchase,
  type RentalRecord,
  rememberPurchase,
  type SandboxState,
  serviceSpec,
} from "./state.js";

const DAY_MS = 86_400_000;
const CANCEL_WINDOW_MS = 900_000;

function periodPrice(days: number): number {
  const price = RENTAL_PRICES[days];
  if (price === undefined) {
    throw new ValidationError(`sandbox rents for ${RENTAL_DAYS.join(", ")} days, not ${days}`, {
      provider: "sandbox",
      field: "days",
      allowed: RENTAL_DAYS,
    });
  }
  return price;
}

export function rent(state: SandboxState, request: RentRequest): Rental {
  const country = request.country ?? DEFAULT_COUNTRY;
  const fingerprint = JSON.stringify(["rent", country, request.service, request.days, request.autoRenew]);
  const prior = priorPurchase(state, request.idempotencyKey, fingerprint);
  if (prior) return getRental(state, prior);

  const price = periodPrice(request.days);
  if (request.service) serviceSpec(state, request.service);
  if (!SANDBOX_COUNTRIES.includes(country)) {
    throw new ValidationError(`sandbox rents no numbers in ${country}`, {
      provider: "sandbox",
      field: "country",
      allowed: SANDBOX_COUNTRIES,
    });
  }
  const what = `a ${request.days}-day rental`;
  refusePurchase(state, what, "rent");
  state.wallet.assertCanPay(price, what);
  const number = drawNumber(state.random, country, null, (n) => numberInUse(state, n));
  if (!number) {
    throw new OutOfStockError(`sandbox: no numbers available to rent in ${country}`, { provider: "sandbox" });
  }

  const now = state.now();
  const record: RentalRecord = {
    id: state.random.id("rnt"),
    number,
    country,
    service: request.service,
    days: request.days,
    autoRenew: request.autoRenew ?? false,
    price,
    createdAt: now,
    expiresAt: now + request.days * DAY_MS,
    status: "active",
    messages: [],
  };
  state.wallet.charge(price, record.id, now, what);
  state.rentals.set(record.id, record);
  rememberPurchase(state, request.idempotencyKey, fingerprint, record.id);
  return rentalView(state, record);
}

export function findRental(state: SandboxState, id: string): RentalRecord {
  const record = state.rentals.get(id);
  if (!record) throw new NotFoundError(`sandbox: no rental ${id}`, { provider: "sandbox", status: 404 });
  settleRental(state, record);
  return record;
}

export function getRental(state: SandboxState, id: string): Rental {
  return rentalView(state, findRental(state, id));
}

export function renew(state: SandboxState, id: string, request: RenewRequest): Rental {
  const record = findRental(state, id);
  const days = request.days ?? record.days;
  const fingerprint = JSON.stringify(["renew", id, days]);
  if (priorPurchase(state, request.idempotencyKey, fingerprint)) return rentalView(state, record);

  const price = periodPrice(days);
  if (record.status !== "active") {
    throw new OrderStateError(`sandbox: rental ${id} is ${record.status}; rent a new number instead`, {
      provider: "sandbox",
      status: 409,
    });
  }
  const what = `renewing ${record.number} for ${days} days`;
  refusePurchase(state, what, "renew");
  state.wallet.charge(price, id, state.now(), what);
  record.expiresAt += days * DAY_MS;
  record.days = days;
  record.price = price;
  rememberPurchase(state, request.idempotencyKey, fingerprint, id);
  return rentalView(state, record);
}

export function cancelRental(state: SandboxState, id: string): { rental: Rental; refunded: Money | null } {
  const record = findRental(state, id);
  if (record.status !== "active") {
    throw new OrderStateError(`sandbox: rental ${id} is already ${record.status}`, {
      provider: "sandbox",
      status: 409,
    });
  }
  const now = state.now();
  const paid = state.wallet.netCharged(id);
  const refundable = now - record.createdAt <= CANCEL_WINDOW_MS && record.messages.length === 0 && paid > 0;
  record.status = "cancelled";
  const refunded = refundable ? state.wallet.refund(paid, id, now) : null;
  return { rental: rentalView(state, record), refunded };
}

export function inbox(state: SandboxState, id: string): Message[] {
  return rentalView(state, findRental(state, id)).messages;
}

export function addRentalMessage(
  record: RentalRecord,
  text: string,
  from: string | null,
  at: number,
): Message {
  if (record.status !== "active") {
    throw new OrderStateError(`sandbox: rental ${record.id} is ${record.status} and receives no more SMS`, {
      provider: "sandbox",
    });
  }
  const message = toMessage(
    { id: `${record.id}-${record.messages.length + 1}`, from, text, receivedAt: iso(at) },
    record.service,
  );
  record.messages.push(message);
  return message;
}

export function settleRental(state: SandboxState, record: RentalRecord): void {
  const now = state.now();
  while (record.status === "active" && now >= record.expiresAt) {
    if (record.autoRenew && state.wallet.balance().amount >= record.price) {
      state.wallet.charge(record.price, record.id, record.expiresAt, "auto-renewal");
      record.expiresAt += record.days * DAY_MS;
    } else {
      record.status = "expired";
    }
  }
}

function rentalView(state: SandboxState, record: RentalRecord): Rental {
  return {
    id: record.id,
    provider: "sandbox",
    number: record.number,
    country: record.country,
    service: record.service,
    status: record.status,
    autoRenew: record.autoRenew,
    price: { amount: record.price, currency: state.wallet.currency },
    expiresAt: iso(record.expiresAt),
    messages: sortNewestFirst(record.messages.map((m) => ({ ...m }))),
  };
}
