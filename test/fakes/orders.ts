import type { Order } from "../../src/core/model.js";

/** A waiting US activation with nothing in it yet; tests override what they are about. */
export function waitingOrder(overrides: Partial<Order> = {}): Order {
  return {
    id: "ord-1",
    provider: "sandbox",
    number: "+12125550100",
    service: "whatsapp",
    country: "US",
    status: "waiting",
    code: null,
    messages: [],
    price: null,
    createdAt: null,
    expiresAt: null,
    ...overrides,
  };
}
