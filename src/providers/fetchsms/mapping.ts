/** FetchSMS wire objects -> the unisms model. */
import { canonicalService } from "../../core/catalog.js";
import { ResponseFormatError } from "../../core/errors.js";
import { latestCode, normalizeCode, toMessage } from "../../core/messages.js";
import type { Message, Order, OrderStatus, Rental, RentalStatus, ServiceOffer } from "../../core/model.js";
import { orderState, sortNewestFirst } from "../../core/model.js";
import { moneyFromCents } from "../../core/money.js";
import { parseWirePhone } from "../../core/phone.js";
import { toIsoUtc } from "../../core/time.js";
import { COUNTRY, PROVIDER, SERVICES } from "./ids.js";
import type {
  WireRental,
  WireRentalMessage,
  WireService,
  WireVerification,
  WireVerificationMessage,
} from "./wire.js";

const ORDER_STATUS: Readonly<Record<string, OrderStatus>> = {
  waiting: "waiting",
  received: "received",
  expired: "expired",
  cancelled: "cancelled",
  canceled: "cancelled",
};

/** Rentals share the verification statuses; "waiting" and "received" rentals are both live until expiry. */
const RENTAL_STATUS: Readonly<Record<string, RentalStatus>> = {
  waiting: "active",
  received: "active",
  active: "active",
  expired: "expired",
  cancelled: "cancelled",
  canceled: "cancelled",
};

export function serviceFromWire(service: string | number | null | undefined): string | null {
  if (service === null || service === undefined || service === "") return null;
  const ours = SERVICES.fromProvider(service);
  return canonicalService(ours);
}

export function phoneFromWire(raw: string): string {
  return parseWirePhone(raw, PROVIDER, COUNTRY);
}

function status<T extends string>(table: Readonly<Record<string, T>>, wire: string, fallback: T) {
  const known = table[wire.toLowerCase()];
  return known ? { status: known } : { status: fallback, providerStatus: wire };
}

export function verificationMessage(m: WireVerificationMessage, service: string | null): Message {
  return toMessage({ id: m.id ?? null, code: m.code ?? null, receivedAt: m.received_at ?? null }, service);
}

export function rentalMessage(m: WireRentalMessage, service: string | null): Message {
  return toMessage(
    {
      id: m.id ?? null,
      from: m.sender ?? null,
      text: m.body ?? null,
      code: m.code ?? null,
      receivedAt: m.received_at ?? null,
    },
    service,
  );
}

/** What a reply may leave out and an earlier view of the order still knows. */
export interface OrderBase {
  number?: string | null;
  service?: string | null;
  price?: Order["price"];
  createdAt?: string | null;
  expiresAt?: string | null;
}

/**
 * An Order from a Verification. `messages` are the verification's messages when they were read (they are
 * read after the verification, so they are the fresher view); without any, the verification's own `code`
 * stands in as a message, so `order.code` is never lost.
 */
export function orderFromWire(v: WireVerification, messages: Message[] | null, base: OrderBase = {}): Order {
  const raw = v.number ?? base.number;
  if (!raw) {
    throw new ResponseFormatError(`${PROVIDER}: verification ${v.id} came without a number`, {
      provider: PROVIDER,
    });
  }
  let sorted = sortNewestFirst(messages ?? []);
  const ownCode = normalizeCode(v.code);
  if (sorted.length === 0 && ownCode)
    sorted = [{ id: null, from: null, text: null, code: ownCode, receivedAt: null }];
  const read = status(ORDER_STATUS, v.status, "waiting");
  return {
    id: v.id,
    provider: PROVIDER,
    number: v.number ? phoneFromWire(v.number) : raw,
    service: serviceFromWire(v.service) ?? base.service ?? null,
    country: COUNTRY,
    ...orderState(read.status, latestCode(sorted) ?? ownCode, v.status),
    ...(read.providerStatus ? { providerStatus: read.providerStatus } : {}),
    messages: sorted,
    price: typeof v.cost_cents === "number" ? moneyFromCents(v.cost_cents) : (base.price ?? null),
    createdAt: toIsoUtc(v.created_at) ?? base.createdAt ?? null,
    expiresAt: toIsoUtc(v.expires_at) ?? base.expiresAt ?? null,
  };
}

export function rentalFromWire(r: WireRental, messages: Message[] = []): Rental {
  return {
    id: r.id,
    provider: PROVIDER,
    number: phoneFromWire(r.number),
    country: COUNTRY,
    service: serviceFromWire(r.service),
    ...status(RENTAL_STATUS, r.status, "active"),
    autoRenew: null,
    price: typeof r.cost_cents === "number" ? moneyFromCents(r.cost_cents) : null,
    expiresAt: toIsoUtc(r.expires_at),
    messages: sortNewestFirst(messages),
  };
}

export function offerFromWire(s: WireService): ServiceOffer {
  const stock = s.short_available;
  return {
    provider: PROVIDER,
    service: serviceFromWire(s.slug) ?? s.slug,
    name: s.name ?? s.slug,
    country: COUNTRY,
    price: typeof s.price_cents === "number" ? moneyFromCents(s.price_cents) : null,
    stock: typeof stock === "number" ? stock : stock === false ? 0 : null,
    providerServiceId: s.id,
  };
}

/** The area code of a US E.164 number (`+13325550184` -> `332`). */
export function areaCodeOf(e164: string): string | null {
  return /^\+1(\d{3})\d{7}$/.exec(e164)?.[1] ?? null;
}
