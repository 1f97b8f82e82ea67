/** The provider-agnostic data model every adapter maps into (the README describes it). */

// The names are the registry's keys. A type-only import: the model carries no adapter at run time.
export type { ProviderName } from "../providers/registry.js";

import type { ProviderName } from "../providers/registry.js";

/** Every currency a provider prices in. */
export const CURRENCIES = ["USD", "EUR"] as const;
/** An ISO 4217 currency code, one of `CURRENCIES`. */
export type Currency = (typeof CURRENCIES)[number];

/** An amount in integer minor units (cents), never a float. */
export interface Money {
  /** Integer minor units: `1240` is 12.40. */
  amount: number;
  /** The currency of `amount`. */
  currency: Currency;
}

/** Every `OrderStatus`, open ones first. */
export const ORDER_STATUSES = ["waiting", "received", "done", "expired", "cancelled"] as const;
/**
 * Where an order stands: `waiting` (open, no code yet), `received` (open, with a code), or closed: `done`
 * (marked finished), `expired` (ran out of time) or `cancelled`. See `Order`.
 */
export type OrderStatus = (typeof ORDER_STATUSES)[number];

/** Every `RentalStatus`. */
export const RENTAL_STATUSES = ["active", "expired", "cancelled"] as const;
/** Where a rental stands: `active` (the number is yours and receives SMS), `expired` or `cancelled`. */
export type RentalStatus = (typeof RENTAL_STATUSES)[number];

/** One SMS (or voice code) received on an order's or a rental's number. */
export interface Message {
  /** The provider's id of the message; null where it gives none. */
  id: string | null;
  /** The sender as the provider gives it (a name or a number); null where it does not say. */
  from: string | null;
  /** The full text; null where the provider gives only the code (FetchSMS verifications). */
  text: string | null;
  /** The code as a user types it (separators removed, leading zeros kept). */
  code: string | null;
  /** ISO-8601 UTC. */
  receivedAt: string | null;
}

/** What every order carries, whatever its status. */
export interface OrderFields {
  /** The provider's id of the order: what `poll`, `cancel` and `done` address it by. */
  id: string;
  /** The provider that sold it; later calls on the order go there. */
  provider: ProviderName;
  /** E.164, e.g. "+12125550199". */
  number: string;
  /** Canonical slug, or the provider's own id when it has no canonical name. */
  service: string | null;
  /** ISO 3166 alpha-2. */
  country: string | null;
  /** Newest first. */
  messages: Message[];
  /** What it cost, as the provider said; null where the provider does not say. */
  price: Money | null;
  /** When it was bought (ISO-8601 UTC), where the provider says. */
  createdAt: string | null;
  /** When it stops waiting for a code (ISO-8601 UTC), where the provider says. */
  expiresAt: string | null;
  /**
   * The provider's own status word where `status` is not a plain reading of it: a word we do not know
   * (kept rather than guessed), or a "received" that came without a code we could read.
   */
  providerStatus?: string;
  /** The provider's own reply the order was read from, where an adapter keeps it. */
  raw?: unknown;
}

/** Open, and no code has been read from it yet. */
export interface WaitingOrder extends OrderFields {
  /** Open, waiting for its code. */
  status: "waiting";
  /** No code yet. */
  code: null;
}

/** Open, with a code read from it: `code` is the newest one. */
export interface ReceivedOrder extends OrderFields {
  /** Open, with a code in hand. */
  status: "received";
  /** The newest code received. */
  code: string;
}

/** Closed: nothing more will happen to it. It may or may not have got a code before it closed. */
export interface ClosedOrder extends OrderFields {
  /** Finished (`done`), ran out of time (`expired`) or cancelled (`cancelled`). */
  status: "done" | "expired" | "cancelled";
  /** The newest code received, if any. */
  code: string | null;
}

/**
 * A number reserved for one code (an activation), told apart by `status`:
 *
 * - `waiting`: open, `code` is null.
 * - `received`: open, `code` is a string. "Received" in unisms means a code is in hand, which no provider
 *   promises of its own word: an order it calls received that shows no code we could read (an SMS with no
 *   code in it, a list view that leaves the code out) is `waiting` here, with the provider's word in
 *   `providerStatus` and any SMS in `messages`; an open order whose code came in is `received` whatever
 *   word the provider used. Every order unisms returns is built this way (`orderState`).
 * - `done`, `expired`, `cancelled`: closed, `code` is a string or null. No provider promises either way:
 *   an order may expire or be cancelled after its code came, and whether one can be marked done without
 *   a code is the provider's rule, not one unisms can vouch for.
 */
export type Order = WaitingOrder | ReceivedOrder | ClosedOrder;

/** The status and code of an order, in one of the pairs `Order` allows (and the word kept, if any). */
export type OrderState =
  | Pick<WaitingOrder, "status" | "code" | "providerStatus">
  | Pick<ReceivedOrder, "status" | "code" | "providerStatus">
  | Pick<ClosedOrder, "status" | "code" | "providerStatus">;

/** A number held for a period, receiving every SMS sent to it (see `client.rent`). */
export interface Rental {
  /** The provider's id of the rental: what `getRental`, `renew`, `cancelRental` and `inbox` address it by. */
  id: string;
  /** The provider that rented it; later calls on the rental go there. */
  provider: ProviderName;
  /** E.164, e.g. "+12125550199". */
  number: string;
  /** ISO 3166 alpha-2; null where the provider does not say. */
  country: string | null;
  /** The service it was rented for (canonical slug or the provider's own id); null for any, or not said. */
  service: string | null;
  /** `active` while it is yours; `expired` or `cancelled` once it is not. */
  status: RentalStatus;
  /** Whether it renews itself at the end of each period; null where the provider does not say. */
  autoRenew: boolean | null;
  /** What it cost, as the provider said; null where the provider does not say. */
  price: Money | null;
  /** When the current period ends (ISO-8601 UTC), where the provider says. */
  expiresAt: string | null;
  /** Newest first. */
  messages: Message[];
  /** The provider's own status word where it is one we do not know (kept rather than guessed). */
  providerStatus?: string;
  /** The provider's own reply the rental was read from, where an adapter keeps it. */
  raw?: unknown;
}

/** Something `client.services` says can be bought, with its price and stock where the provider says. */
export interface ServiceOffer {
  /** The provider that sells it. */
  provider: ProviderName;
  /** Canonical slug (`whatsapp`), or the provider's own id when it has no canonical name. */
  service: string;
  /** A human-readable name, e.g. "WhatsApp". */
  name: string;
  /** ISO 3166 alpha-2 of the numbers offered; null where the provider lists the offer without one. */
  country: string | null;
  /** The price of one number; null where the provider does not quote it here. */
  price: Money | null;
  /** How many numbers are available now; null where the provider does not say. */
  stock: number | null;
  /** The provider's own id of the service (or package), as its API names it. */
  providerServiceId: string;
}

/**
 * A rental a provider sells now: one period of one kind of number, with its price where the provider
 * says (from its price endpoint, or its documented fixed price list where it has no endpoint).
 */
export interface RentalOffer {
  /** The provider that sells it. */
  provider: ProviderName;
  /** The service the number is for (canonical slug); null for a number that takes any sender. */
  service: string | null;
  /** ISO 3166 alpha-2 of the numbers offered; null where the provider lists the offer without one. */
  country: string | null;
  /** The period, in whole days: one of the provider's `capabilities.rentalDays`. */
  days: number;
  /** The price of the period; null where the provider does not quote it. */
  price: Money | null;
  /** How many numbers are available now; null where the provider does not say. */
  stock: number | null;
  /** `"voip"` or `"non_voip"` where the offer is for one kind only; null where it does not say. */
  numberType: "voip" | "non_voip" | null;
}

/** What `client.cancel` returns. */
export interface CancelResult {
  /** The order as the cancel left it. */
  order: Order;
  /** What came back to the wallet; null when nothing did. */
  refunded: Money | null;
}

/** What `client.cancelRental` returns. */
export interface RentalCancelResult {
  /** The rental as the cancel left it. */
  rental: Rental;
  /** What came back to the wallet (where the provider's rules allow a refund); null when nothing did. */
  refunded: Money | null;
}

/** Final states: nothing more will happen to the order. */
export function isFinalOrderStatus(status: OrderStatus): status is ClosedOrder["status"] {
  return status === "done" || status === "expired" || status === "cancelled";
}

/**
 * The state an order is in, from the status a provider reported (read into ours) and the newest code read
 * from it: spread into an order (`{ ...fields, ...orderState(status, code, word) }`) so status and code
 * agree (see `Order`). An open order is `received` exactly when it has a code; a closed one keeps its
 * status. `said`, the provider's own word, is kept in `providerStatus` when its "received" cannot stand.
 */
export function orderState(status: OrderStatus, given: string | null, said?: string | null): OrderState {
  // An empty code is no code: nothing to type, and the timeout's cancel must still run.
  const code = given === "" ? null : given;
  if (isFinalOrderStatus(status)) return { status, code };
  if (code !== null) return { status: "received", code };
  return status === "received" && said
    ? { status: "waiting", code, providerStatus: said }
    : { status: "waiting", code };
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
