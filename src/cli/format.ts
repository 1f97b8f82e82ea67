/** Human lines for the CLI's results. */
import type { Quote } from "../client/quote.js";
import type { Balances } from "../client/router/routing-client.js";
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

export function balanceLines(balances: Balances): string[] {
  return [
    ...Object.entries(balances.balances).map(
      ([provider, value]) => `${provider.padEnd(11)} ${money(value ?? null)}`,
    ),
    ...balances.failures.map((f) => `${f.provider.padEnd(11)} failed: ${f.error.message}`),
  ];
}

export function quoteLines(quote: Quote): string[] {
  const lines = quote.offers.map((o) => {
    const what = o.kind === "rental" ? `${o.days} days${o.service ? ` ${o.service}` : ""}` : o.service;
    return `${o.provider.padEnd(11)} ${what.padEnd(16)} ${(o.country ?? "any").padEnd(4)} ${money(o.price).padStart(10)}  ${o.stock ?? "?"} in stock`;
  });
  if (lines.length === 0) lines.push("no offers");
  for (const f of quote.failures) lines.push(`${f.provider.padEnd(11)} failed: ${f.error.message}`);
  for (const s of quote.skipped) lines.push(`${s.provider.padEnd(11)} left out: ${s.error.message}`);
  return lines;
}
