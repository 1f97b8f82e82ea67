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
