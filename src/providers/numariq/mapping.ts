/** Numariq wire objects -> the unified model. */
import { normalizeCountry, serviceName } from "../../core/catalog.js";
import { latestCode, normalizeCode, toMessage } from "../../core/messages.js";
import {
  type Message,
  type Money,
  type Order,
  type OrderStatus,
  orderState,
  type Rental,
  type RentalStatus,
  type ServiceOffer,
  sortNewestFirst,
} from "../../core/model.js";
import { moneyFromCents } from "../../core/money.js";
import { parseWirePhone } from "../../core/phone.js";
import { toIsoUtc } from "../../core/time.js";
import { NUMARIQ_COUNTRY, NUMARIQ_SERVICES } from "./ids.js";
import type { OrderReply, ServicesReply, WireMessage, WireOrder } from "./wire.js";

const ORDER_STATUSES: Readonly<Record<string, OrderStatus>> = {
  waiting: "waiting",
  received: "received",
  done: "done",
  expired: "expired",
  cancelled: "cancelled",
};

// A rental is an order of type "rental": "done" is a period that finished without renewal.
const RENTAL_STATUSES: Readonly<Record<string, RentalStatus>> = {
  waiting: "active",
  received: "active",
  done: "expired",
  expired: "expired",
  cancelled: "cancelled",
};

/** A status we do not know is kept and read as the nearest non-final state, never guessed final. */
function readStatus<S extends string>(table: Readonly<Record<string, S>>, raw: string, fallback: S) {
  const known = table[raw.trim().toLowerCase()];
  return known ? { status: known } : { status: fallback, providerStatus: raw };
}

const price = (wire: WireOrder, fallback: Money | null): Money | null =>
  wire.price_cents === null || wire.price_cents === undefined ? fallback : moneyFromCents(wire.price_cents);

const service = (wire: WireOrder, fallback: string | null): string | null =>
  wire.service ? NUMARIQ_SERVICES.fromProvider(wire.service) : fallback;

export function messagesFromWire(
  list: readonly WireMessage[] | null | undefined,
  forService: string | null,
): Message[] {
  return sortNewestFirst(
    (list ?? []).map((m) =>
      toMessage(
        {
          id: m.id ?? null,
          from: m.sender ?? null,
          text: m.body ?? null,
          code: m.code ?? null,
          receivedAt: m.received_at ?? null,
        },
        forService,
      ),
    ),
  );
}

/** What the reply does not say, taken from the request or the order passed in. */
export interface OrderFallback {
  service: string | null;
  price: Money | null;
  createdAt: string | null;
}

export function orderFromWire(
  wire: WireOrder,
  fallback: OrderFallback,
  messages: Message[] = [],
  code: string | null = null,
): Order {
  const { status, providerStatus } = readStatus(ORDER_STATUSES, wire.status, "waiting");
  return {
    id: wire.id,
    provider: "numariq",
    number: parseWirePhone(wire.number, "numariq", NUMARIQ_COUNTRY),
    service: service(wire, fallback.service),
    country: NUMARIQ_COUNTRY,
    ...orderState(status, code, wire.status),
    messages,
    price: price(wire, fallback.price),
    createdAt: toIsoUtc(wire.created_at) ?? fallback.createdAt,
    expiresAt: toIsoUtc(wire.expires_at),
    ...(providerStatus ? { providerStatus } : {}),
  };
}

/** `GET /orders/:id` as an Order: messages newest first, `code` the newest one. */
export function orderFromReply(reply: OrderReply, fallback: OrderFallback): Order {
  const forService = service(reply.order, fallback.service);
  const messages = messagesFromWire(reply.messages, forService);
  const code = latestCode(messages) ?? normalizeCode(reply.code ?? null);
  return orderFromWire(reply.order, fallback, messages, code);
}

export interface RentalFallback {
  service: string | null;
  price: Money | null;
  autoRenew: boolean | null;
  periodDays: number | null;
}

/** The period a rental was bought for, kept in `raw` because the model has no field for it. */
export function periodOf(rental: Rental): number | null {
  const raw = rental.raw as { periodDays?: unknown } | null | undefined;
  const days = raw && typeof raw === "object" ? raw.periodDays : undefined;
  return typeof days === "number" && Number.isInteger(days) && days > 0 ? days : null;
}

export function rentalFromWire(wire: WireOrder, fallback: RentalFallback, messages: Message[] = []): Rental {
  const { status, providerStatus } = readStatus(RENTAL_STATUSES, wire.status, "active");
  // What we asked for beats an inference from `renews_at`, which Numariq's examples only show as null.
  const autoRenew =
    wire.renewable ?? fallback.autoRenew ?? (wire.renews_at === undefined ? null : wire.renews_at !== null);
  const periodDays = wire.period_days ?? fallback.periodDays;
  return {
    id: wire.id,
    provider: "numariq",
    number: parseWirePhone(wire.number, "numariq", NUMARIQ_COUNTRY),
    country: NUMARIQ_COUNTRY,
    service: service(wire, fallback.service),
    status,
    autoRenew,
    price: price(wire, fallback.price),
    expiresAt: toIsoUtc(wire.expires_at) ?? toIsoUtc(wire.renews_at),
    messages,
    ...(providerStatus ? { providerStatus } : {}),
    ...(periodDays ? { raw: { periodDays } } : {}),
  };
}

export function rentalFromReply(reply: OrderReply, fallback: RentalFallback): Rental {
  return rentalFromWire(
    reply.order,
    fallback,
    messagesFromWire(reply.messages, service(reply.order, fallback.service)),
  );
}

export function offersFromWire(reply: ServicesReply): ServiceOffer[] {
  const country = (reply.country && normalizeCountry(reply.country)) || NUMARIQ_COUNTRY;
  return reply.services.map((s) => {
    const slug = NUMARIQ_SERVICES.fromProvider(s.slug);
    return {
      provider: "numariq",
      service: slug,
      name: s.name ?? serviceName(slug),
      country,
      price: s.price_cents === null || s.price_cents === undefined ? null : moneyFromCents(s.price_cents),
      stock: null,
      providerServiceId: s.slug,
    };
  });
}
