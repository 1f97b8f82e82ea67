/**
 * Builders for the SDK's plain data (orders, rentals, messages), for tests of code that takes them:
 * each returns a complete, valid object, and the fields a test names override the defaults. An order
 * or rental given a `code` and no status or messages comes with the message that carried it, so that
 * `order.code` and `order.messages` agree as they do on a real provider's order.
 */
import type { Message, Order, Rental } from "unisms";

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

/**
 * A US WhatsApp activation on the sandbox, waiting for its code. With `code`, it is `received`, with
 * the message that brought it (unless `status` or `messages` say otherwise).
 */
export function buildOrder(overrides: Partial<Order> = {}): Order {
  const code = overrides.code ?? null;
  return {
    id: "ord-1",
    provider: "sandbox",
    number: "+12125550100",
    service: "whatsapp",
    country: "US",
    status: code === null ? "waiting" : "received",
    code,
    messages: code === null ? [] : [buildMessage({ code })],
    price: null,
    createdAt: null,
    expiresAt: null,
    ...overrides,
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
