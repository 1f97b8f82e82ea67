/**
 * Builders for the SDK's plain data (orders, rentals, messages), for tests of code that takes them:
 * each returns a complete, valid object, and the fields a test names override the defaults. An order
 * or rental given a `code` and no status or messages comes with the message that carried it, so that
 * `order.code` and `order.messages` agree as they do on a real provider's order.
 */
import {
  type Message,
  type Order,
  type OrderFields,
  type OrderStatus,
  orderState,
  type Rental,
} from "unisms";

/** A message received now from a short code; `code` defaults to the one its text carries. */
export function buildMessage(overrides: Partial<Message> = {}): Message {
  const code = overrides.code ?? "123456";
  return {
    id: "msg-1",
    from: "12345",
    text: `Your verification code is ${code}`,
    code,
    receivedAt: new Date().toISOString(),
    ...overrides,
  };
}

/** The fields a test may name for `buildOrder`: any of an order's, with status and code given apart. */
export type OrderOverrides = Partial<OrderFields> & {
  /** The order's status; with no `code`, `received` comes with "123456". */
  status?: OrderStatus;
  /** The newest code; a code makes an order with no `status` named `received`. */
  code?: string | null;
};

/**
 * A US WhatsApp activation on the sandbox, waiting for its code. With `code`, it is `received`, with
 * the message that brought it (unless `status` or `messages` say otherwise); `status: "received"` alone
 * comes with the code "123456". A pair `Order` does not allow (waiting with a code, received without
 * one) is refused rather than quietly made into another order.
 */
export function buildOrder(overrides: OrderOverrides = {}): Order {
  const { status, code: named, ...fields } = overrides;
  const code = named !== undefined ? named : status === "received" ? "123456" : null;
  const state = orderState(status ?? (code === null ? "waiting" : "received"), code);
  if (status !== undefined && state.status !== status) {
    throw new TypeError(`buildOrder: a ${status} order cannot have code ${JSON.stringify(code)}`);
  }
  return {
    id: "ord-1",
    provider: "sandbox",
    number: "+12125550100",
    service: "whatsapp",
    country: "US",
    messages: code === null ? [] : [buildMessage({ code })],
    price: null,
    createdAt: null,
    expiresAt: null,
    ...fields,
    ...state,
  };
}

/** An active 30-day US rental on the sandbox with an empty inbox. */
export function buildRental(overrides: Partial<Rental> = {}): Rental {
  return {
    id: "rent-1",
    provider: "sandbox",
    number: "+12125550101",
    country: "US",
    service: null,
    status: "active",
    autoRenew: false,
    price: { amount: 500, currency: "USD" },
    expiresAt: new Date(Date.now() + 30 * 86_400_000).toISOString(),
    messages: [],
    ...overrides,
  };
}
