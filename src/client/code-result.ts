import type { Message, Order } from "../core/model.js";

export interface CodeResult {
  code: string;
  message: Message | null;
  order: Order;
}

/** The order's code with the message that carried it (else its newest message), or null before a code. */
export function codeResult(order: Order): CodeResult | null {
  if (!order.code) return null;
  const message = order.messages.find((m) => m.code === order.code) ?? order.messages[0] ?? null;
  return { code: order.code, message, order };
}
