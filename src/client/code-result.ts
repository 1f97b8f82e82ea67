import type { Message, Order } from "../core/model.js";

/** What `waitForCode` resolves with. */
export interface CodeResult {
  /** As the user types it: separators removed, leading zeros kept. */
  code: string;
  /** The message that carried the code, else the newest one; null where the provider shows none. */
  message: Message | null;
  /** The order as last seen, code included. */
  order: Order;
}

/** The order's code with the message that carried it (else its newest message), or null before a code. */
export function codeResult(order: Order): CodeResult | null {
  if (!order.code) return null;
  const message = order.messages.find((m) => m.code === order.code) ?? order.messages[0] ?? null;
  return { code: order.code, message, order };
}
