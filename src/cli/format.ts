/** Human lines for the CLI's results. */
import type { Message, Money, Order, Rental, ServiceOffer } from "../core/model.js";
import { formatMoney } from "../core/money.js";

const money = (value: Money | null) => (value ? formatMoney(value) : "-");

export function orderLines(order: Order): string[] {
  return [
    `order   ${order.id} (${order.provider})`,
    `number  ${order.number || "-"}`,
    `status  ${order.status}${order.code ? `, code ${order.code}` : ""}`,
    `price   ${money(order.price)}`,
    ...(order.expiresAt ? [`expires ${order.expiresAt}`] : []),
  ];
}

export function rentalLines(rental: Rental): string[] {
  return [
    `rental  ${rental.id} (${rental.provider})`,
    `number  ${rental.number || "-"}`,
    `status  ${rental.status}`,
    `price   ${money(rental.price)}`,
    `expires ${rental.expiresAt ?? "-"}`,
  ];
}

export function messageLines(messages: readonly Message[]): string[] {
  if (messages.length === 0) return ["no messages"];
  return messages.map((m) => `${m.receivedAt ?? "-"}  ${m.code ? `[${m.code}] ` : ""}${m.text ?? ""}`);
}

export function offerLines(offers: readonly ServiceOffer[]): string[] {
  if (offers.length === 0) return ["no offers"];
  return offers.map(
    (o) =>
      `${o.service.padEnd(16)} ${(o.country ?? "any").padEnd(4)} ${money(o.price).padStart(10)}  ${o.stock ?? "?"} in stock`,
  );
}
