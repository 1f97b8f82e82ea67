/** The provider-agnostic data model every adapter maps into (the README describes it). */

export const PROVIDER_NAMES = [
  "numariq",
  "numpool",
  "juicysms",
  "fetchsms",
  "tempnumber",
  "sandbox",
] as const;
export type ProviderName = (typeof PROVIDER_NAMES)[number];

export const CURRENCIES = ["USD", "EUR"] as const;
export type Currency = (typeof CURRENCIES)[number];

/** An amount in integer minor units (cents), never a float. */
export interface Money {
  amount: number;
  currency: Currency;
}

export const ORDER_STATUSES = ["waiting", "received", "done", "expired", "cancelled"] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const RENTAL_STATUSES = ["active", "expired", "cancelled"] as const;
export type RentalStatus = (typeof RENTAL_STATUSES)[number];

export interface Message {
  id: string | null;
  from: string | null;
  text: string | null;
  /** The code as a user types it (separators removed, leading zeros kept). */
  code: string | null;
  /** ISO-8601 UTC. */
  receivedAt: string | null;
}

/** A number reserved for one code (an activation). */
export interface Order {
  id: string;
  provider: ProviderName;
  /** E.164, e.g. "+12125550199". */
  number: string;
  /** Canonical slug, or the provider's own id when it has no canonical name. */
  service: string | null;
  /** ISO 3166 alpha-2. */
  country: string | null;
  status: OrderStatus;
  /** The newest code received, if any. */
  code: string | null;
  /** Newest first. */
  messages: Message[];
  price: Money | null;
  createdAt: string | null;
  expiresAt: string | null;
  /** A status string the provider sent that we do not know; kept rather than guessed. */
  providerStatus?: string;
  raw?: unknown;
}

/** A number held for a period. */
export interface Rental {
  id: string;
  provider: ProviderName;
  number: string;
  country: string | null;
  service: string | null;
  status: RentalStatus;
  autoRenew: boolean | null;
  price: Money | null;
  expiresAt: string | null;
  /** Newest first. */
  messages: Message[];
  providerStatus?: string;
  raw?: unknown;
}

export interface ServiceOffer {
  provider: ProviderName;
  service: string;
  name: string;
  country: string | null;
  price: Money | null;
  stock: number | null;
  providerServiceId: string;
}

export interface CancelResult {
  order: Order;
  /** What came back to the wallet; null when nothing did. */
  refunded: Money | null;
}

export interface RentalCancelResult {
  rental: Rental;
  refunded: Money | null;
}

/** Final states: nothing more will happen to the order. */
export function isFinalOrderStatus(status: OrderStatus): boolean {
  return status === "done" || status === "expired" || status === "cancelled";
}

/** Sorts messages newest first; messages without a time keep their relative order at the end. */
export function sortNewestFirst(messages: readonly Message[]): Message[] {
  return messages
    .map((m, i) => ({ m, i, t: m.receivedAt ? Date.parse(m.receivedAt) : Number.NaN }))
    .sort((a, b) => {
      const at = Number.isNaN(a.t) ? -Infinity : a.t;
      const bt = Number.isNaN(b.t) ? -Infinity : b.t;
      return bt - at || a.i - b.i;
    })
    .map(({ m }) => m);
}
