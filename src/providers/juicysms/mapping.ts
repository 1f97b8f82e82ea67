/** JuicySMS replies -> the unified model. */
import { normalizeCountry } from "../../core/catalog.js";
import { latestCode, toMessage } from "../../core/messages.js";
import { type Message, type Order, orderState, type Rental, sortNewestFirst } from "../../core/model.js";
import { parseWirePhone } from "../../core/phone.js";
import { toIsoUtc } from "../../core/time.js";
import { FROM_WIRE_COUNTRY, JUICYSMS_SERVICES, PACKAGE_PRICES } from "./ids.js";
import type { WireSms } from "./wire.js";

/** What an order is for: a canonical slug (or the raw numeric id) and an ISO country. */
export interface OrderRequest {
  service: string | null;
  country: string | null;
}

/** The slug for a JuicySMS service id, or the id itself when it has none. */
export const serviceOf = (serviceId: string): string => JUICYSMS_SERVICES.fromProvider(serviceId);

/** An order from `ORDER_ID_{id}_NUMBER_{number}`; the reply says nothing else, so the rest is the request's. */
export function orderFromWire(id: string, rawNumber: string, request: OrderRequest): Order {
  return {
    id,
    provider: "juicysms",
    number: parseWirePhone(rawNumber, "juicysms", request.country),
    service: request.service,
    country: request.country,
    status: "waiting",
    code: null,
    messages: [],
    price: null,
    // The reply has no timestamp: the order was made just now.
    createdAt: new Date().toISOString(),
    expiresAt: null,
  };
}

/**
 * `getsms` shows only the latest SMS, with no id or time. Messages seen in earlier polls (kept on the
 * order passed in) stay; a text not seen before is added as the newest.
 */
export function withSms(order: Order, text: string): Order {
  const seen = order.messages.some((m) => m.text === text);
  const fresh = toMessage({ id: null, from: null, text, receivedAt: null }, order.service);
  const messages = seen ? order.messages : [fresh, ...order.messages];
  // JuicySMS answers with the SMS once it came: "received" in its own terms, kept when no code was read.
  return {
    ...withoutProviderStatus(order),
    ...orderState("received", latestCode(messages), "received"),
    messages,
  };
}

export function withStatus(order: Order, status: Order["status"]): Order {
  return { ...withoutProviderStatus(order), ...orderState(status, order.code) };
}

function withoutProviderStatus(order: Order): Order {
  const { providerStatus: _old, ...rest } = order;
  return rest;
}

/** `UK` / `NL` (and `USA`) to ISO alpha-2; another country word is read as a country name if it is one. */
export function fromWireCountry(country: string): string | null {
  const word = country.trim().toUpperCase();
  return FROM_WIRE_COUNTRY[word] ?? normalizeCountry(word);
}

export function messagesFromWire(list: readonly WireSms[] | null | undefined): Message[] {
  return sortNewestFirst(
    (list ?? []).map((sms) =>
      toMessage({
        id: sms.id ?? null,
        from: sms.sender ?? null,
        text: sms.body ?? null,
        receivedAt: sms.receive_date ?? null,
      }),
    ),
  );
}

export interface RentalFields {
  id: string;
  phone: string;
  country: string;
  /** The package the price is read from (the one bought or extended with). */
  package: string | null | undefined;
  autoRenew: boolean | null | undefined;
  expireOn: string | null | undefined;
  messages: Message[];
}

export function rentalFromWire(fields: RentalFields): Rental {
  const country = fromWireCountry(fields.country);
  const expiresAt = toIsoUtc(fields.expireOn ?? null);
  // No status on the wire: a contract past its expiry has lapsed.
  const lapsed = expiresAt !== null && Date.parse(expiresAt) <= Date.now();
  return {
    id: fields.id,
    provider: "juicysms",
    number: parseWirePhone(fields.phone, "juicysms", country),
    country,
    service: null,
    status: lapsed ? "expired" : "active",
    autoRenew: fields.autoRenew ?? null,
    price:
      fields.package && Object.hasOwn(PACKAGE_PRICES, fields.package)
        ? PACKAGE_PRICES[fields.package]!
        : null,
    expiresAt,
    messages: fields.messages,
  };
}
