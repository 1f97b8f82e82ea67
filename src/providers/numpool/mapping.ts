/** NumPool wire shapes -> the unified model. */
import { canonicalService } from "../../core/catalog.js";
import { latestCode, toMessage } from "../../core/messages.js";
import type {
  Currency,
  Message,
  Money,
  Order,
  OrderState,
  OrderStatus,
  Rental,
  RentalStatus,
} from "../../core/model.js";
import { orderState, sortNewestFirst } from "../../core/model.js";
import { parseWireMoney } from "../../core/money.js";
import { parseWirePhone } from "../../core/phone.js";
import { toIsoUtc } from "../../core/time.js";
import { serviceIds } from "./ids.js";
import type { WireBuy, WireInboxMessage, WireOrderItem, WireRent, WireRentalItem, WireSms } from "./wire.js";

const NAME = "numpool" as const;

export function money(
  value: number | string,
  field: string,
  currency: Currency | null | undefined = "USD",
): Money {
  return parseWireMoney(value, currency ?? "USD", NAME, field);
}

/** Zero refunded is nothing refunded. */
export function refundOf(value: number | string | null | undefined): Money | null {
  if (value === null || value === undefined) return null;
  const refunded = money(value, "refunded");
  return refunded.amount > 0 ? refunded : null;
}

/** Our slug for a NumPool service code (`wa` -> `whatsapp`); a code we do not know stays as it is. */
export function serviceFromWire(code: string | number): string {
  const fromCode = serviceIds.fromProvider(code);
  return fromCode !== String(code) ? fromCode : canonicalService(String(code));
}

const ORDER_STATUS: Readonly<Record<string, OrderStatus>> = {
  // `POST /buy` answers `pending`, `GET /sms` answers `waiting`: one state.
  pending: "waiting",
  waiting: "waiting",
  received: "received",
  cancelled: "cancelled",
  canceled: "cancelled",
};

/** A status we do not know is kept in `providerStatus` and read as still waiting, never as final. */
export function orderStatus(wire: string | null | undefined): {
  status: OrderStatus;
  providerStatus?: string;
} {
  const key = (wire ?? "").trim().toLowerCase();
  const status = ORDER_STATUS[key];
  if (status) return { status };
  return { status: "waiting", ...(wire ? { providerStatus: wire } : {}) };
}

/** Status and code read together (see `orderState`), with NumPool's word where ours is not a plain reading. */
function stateOf(wire: string | null | undefined, code: string | null): OrderState {
  const read = orderStatus(wire);
  const state = orderState(read.status, code, wire);
  return read.providerStatus ? { ...state, providerStatus: read.providerStatus } : state;
}

function withStatus<T extends Order | Rental>(base: T, status: { providerStatus?: string }): T {
  const { providerStatus: _old, ...rest } = base;
  return { ...rest, ...(status.providerStatus ? { providerStatus: status.providerStatus } : {}) } as T;
}

export interface BuyContext {
  service: string;
  country: string;
  createdAt: string;
}

export function orderFromBuy(reply: WireBuy, ctx: BuyContext): Order {
  const state = stateOf(reply.status, null);
  return withStatus<Order>(
    {
      id: reply.order_id,
      provider: NAME,
      number: parseWirePhone(reply.number, NAME, ctx.country),
      service: ctx.service,
      country: ctx.country,
      ...state,
      messages: [],
      price: money(reply.cost, "cost"),
      createdAt: ctx.createdAt,
      expiresAt: null,
    },
    state,
  );
}

/** NumPool holds one SMS per order; a different text replacing it is kept beside the earlier one. */
export function orderFromPoll(order: Order, reply: WireSms): Order {
  const messages = [...order.messages];
  if (reply.full_sms || reply.code) {
    const message = toMessage({ text: reply.full_sms ?? null, code: reply.code }, order.service);
    const seen = messages.some((m) => m.text === message.text && m.code === message.code);
    if (!seen) messages.unshift(message);
  }
  const sorted = sortNewestFirst(messages);
  const state = stateOf(reply.status, latestCode(sorted));
  return withStatus<Order>({ ...order, ...state, messages: sorted }, state);
}

export function orderIdOf(item: WireOrderItem): string {
  return (item.order_id ?? item.id)!;
}

/** An order from `GET /orders`; null when the item has no number to show. */
export function orderFromItem(item: WireOrderItem, country: string | null): Order | null {
  if (!item.number) return null;
  const cost = item.cost ?? item.price;
  const service = item.service === null || item.service === undefined ? null : serviceFromWire(item.service);
  const messages =
    item.full_sms || item.code ? [toMessage({ text: item.full_sms ?? null, code: item.code }, service)] : [];
  const state = stateOf(item.status, latestCode(messages));
  return withStatus<Order>(
    {
      id: orderIdOf(item),
      provider: NAME,
      number: parseWirePhone(item.number, NAME, country),
      service,
      country,
      ...state,
      messages,
      price: cost === null || cost === undefined ? null : money(cost, "cost", item.currency),
      createdAt: toIsoUtc(item.created_at ?? null),
      expiresAt: null,
    },
    state,
  );
}

export function messageFromInbox(wire: WireInboxMessage, service: string | null): Message {
  return toMessage(
    {
      id: wire.id ?? null,
      from: wire.from ?? null,
      text: wire.body ?? null,
      code: wire.code,
      receivedAt: wire.at ?? null,
    },
    service,
  );
}

export interface RentContext {
  service: string;
  days: number;
}

export function rentalFromCreate(reply: WireRent, ctx: RentContext): Rental {
  return {
    id: reply.rental_id,
    provider: NAME,
    number: parseWirePhone(reply.number, NAME, "US"),
    country: "US",
    service: serviceFromWire(ctx.service),
    status: "active",
    autoRenew: false,
    price: reply.cost === null || reply.cost === undefined ? null : money(reply.cost, "cost"),
    expiresAt: toIsoUtc(reply.ends_at ?? null),
    messages: [],
  };
}

const RENTAL_STATUS: Readonly<Record<string, RentalStatus>> = {
  active: "active",
  expired: "expired",
  cancelled: "cancelled",
  canceled: "cancelled",
};

/**
 * A rental's state: NumPool's word when we know it; otherwise its end time decides (past the end it has
 * expired, whatever it is called), and an unknown word is kept in `providerStatus`.
 */
export function rentalStatus(
  wire: string | null | undefined,
  expiresAt: string | null,
  now = Date.now(),
): { status: RentalStatus; providerStatus?: string } {
  const known = RENTAL_STATUS[(wire ?? "").trim().toLowerCase()];
  if (known) return { status: known };
  const ended = expiresAt !== null && Date.parse(expiresAt) <= now;
  return { status: ended ? "expired" : "active", ...(wire ? { providerStatus: wire } : {}) };
}

export function rentalIdOf(item: WireRentalItem): string {
  return (item.rental_id ?? item.id)!;
}

/** Null when the item has no number to show (the caller decides whether that is a format error). */
export function rentalFromItem(item: WireRentalItem): Rental | null {
  if (!item.number) return null;
  const expiresAt = toIsoUtc(item.ends_at ?? item.expires_at ?? null);
  const status = rentalStatus(item.status, expiresAt);
  return withStatus<Rental>(
    {
      id: rentalIdOf(item),
      provider: NAME,
      number: parseWirePhone(item.number, NAME, "US"),
      country: "US",
      service: item.service ? serviceFromWire(item.service) : null,
      status: status.status,
      autoRenew: false,
      price: item.cost === null || item.cost === undefined ? null : money(item.cost, "cost"),
      expiresAt,
      messages: [],
    },
    status,
  );
}
