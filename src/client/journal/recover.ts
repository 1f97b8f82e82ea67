/**
 * `recover()`: settling what an earlier process left in the journal, one entry at a time, without ever
 * buying.
 *
 * - An order held (bought, not ended) is looked at: its code is handed back, an ended one is closed, an
 *   open one is cancelled for its refund with `cancelOpen` (else it is left open and listed, to resume).
 * - A cancel that was cut short is completed (once, with the timeout cancel's grace and look).
 * - A purchase whose reply was never seen is looked for by the provider's own record (`findPurchase`):
 *   found, it is handled as above (an order) or handed back (a rental); proven absent, it was not bought.
 *   A request that may still be queued at the provider (younger than `landingWindowMs`) is not called
 *   absent. Where the provider has no record to look in, it is an `OutcomeUnknownError`.
 * - A renewal is settled by the rental's expiry against the one it had when the renewal started.
 *
 * What is settled is closed. What a later `recover()` may settle (a look that failed, a purchase that may
 * still land, an order left open) stays in the journal. What nothing can settle (no record to look in,
 * several candidates) is listed with its `OutcomeUnknownError` and then closed: the report is its record.
 * The journal is claimed first, so two processes never act on the same entry.
 */
import { OrderStateError, OutcomeUnknownError, type PaidOperation, SmsError } from "../../core/errors.js";
import type { Money, Order, ProviderName, Rental } from "../../core/model.js";
import type { BuyRequest, CallOptions, Provider, PurchaseIntent, RentRequest } from "../../core/provider.js";
import { LANDING_WINDOW_MS } from "../../core/transport/paid-request.js";
import { cancelWithGrace } from "../cancel-with-grace.js";
import { codeResult } from "../code-result.js";
import { isFinal, look } from "../poll-step.js";
import type { Journal, JournalEntry } from "./journal.js";
import { isOrder, type JournalKeeper } from "./journal-keeper.js";

/** Options of `client.recover()`. */
export interface RecoverOptions extends CallOptions {
  /** Cancel orders still open (for their refund) instead of leaving them to resume (default false). */
  cancelOpen?: boolean;
  /** How old a purchase must be before "not found" means "not bought" (default 2 minutes). */
  landingWindowMs?: number;
  /** How long each cancel is retried on transient failures (default 30 s). */
  cancelGraceMs?: number;
}

/** What `recover()` did with one journal entry. */
export type RecoveryAction =
  /** The order had its code: `code` and `order`. */
  | "code"
  /** The order is still open and was left so (`cancelOpen` not set): resume it with `order`. */
  | "open"
  /** Cancelled for its refund (`refunded`): an open order with `cancelOpen`, or a cancel cut short. */
  | "cancelled"
  /** The order had already ended (done, expired, cancelled elsewhere). */
  | "closed"
  /** A rental whose reply was never seen was found: `rental`. */
  | "found"
  /** A purchase whose reply was never seen was not made. */
  | "not-bought"
  /** A renewal whose reply was never seen went through (`rental`), or did not. */
  | "renewed"
  | "not-renewed"
  /** Cannot be settled: `error` is the `OutcomeUnknownError`, its `known` the handle. */
  | "unknown"
  /** The provider failed now (`error`); the entry stays for the next `recover()`. */
  | "failed"
  /** An entry of a provider this client does not hold: recover it with a client that holds it. */
  | "skipped";

/** One journal entry and how it was settled. */
export interface RecoveredEntry {
  /** The entry as the journal held it. */
  entry: JournalEntry;
  /** What was done. */
  action: RecoveryAction;
  /** The order, where one was found or looked at. */
  order?: Order;
  /** The rental, where one was found or renewed. */
  rental?: Rental;
  /** The order's code, for `code`. */
  code?: string;
  /** What came back, for `cancelled`; null when nothing did. */
  refunded?: Money | null;
  /** For `unknown` (an `OutcomeUnknownError`) and `failed`. */
  error?: SmsError;
  /** Whether the entry is now closed (false: it stays in the journal for a later `recover()`). */
  closed: boolean;
}

/** What `recover()` returns. */
export interface RecoveryReport {
  /** Every pending entry it met, in journal order. */
  entries: RecoveredEntry[];
}

interface Settled {
  action: RecoveryAction;
  close: boolean;
  order?: Order;
  rental?: Rental;
  code?: string;
  refunded?: Money | null;
  error?: SmsError;
}

/** A provider the client holds, with the keeper of its journal entries. */
export interface Seller {
  provider: Provider;
  keeper: JournalKeeper;
}

/** Settles the journal's entries of the client's providers (`sellers`); another provider's are skipped. */
export async function recover(
  sellers: ReadonlyMap<ProviderName, Seller>,
  journal: Journal,
  options: RecoverOptions = {},
): Promise<RecoveryReport> {
  const release = await journal.claim();
  if (!release) {
    throw new OrderStateError("another process is recovering this journal; try again when it is done", {
      provider: sellers.size === 1 ? [...sellers.keys()][0]! : null,
    });
  }
  try {
    const pending = await journal.pending();
    // The purchases the journal already holds are never the one a lost reply is looked for as.
    // (Each purchase found is added as it is found: two lost purchases never claim one order.)
    // A shared journal's pending() leaves out what live processes hold: their orders are excluded too.
    const held = new Set([
      ...pending.flatMap((e) => (e.holding ? [e.holding.id] : [])),
      ...((await journal.heldIds?.()) ?? []),
    ]);
    const entries: RecoveredEntry[] = [];
    for (const entry of pending) {
      const seller = sellers.get(entry.provider);
      const settled = seller
        ? await settle(seller.provider, entry, held, options).catch((error: unknown) => failed(error))
        : { action: "skipped" as const, close: false };
      if (settled.close) await journal.close(entry.id);
      else if (settled.order) {
        // Kept (open, or its cancel failed for now): held from here on, so the next recover looks at it
        // directly instead of searching for a purchase again.
        const holding: JournalEntry = { ...entry, stage: "held", holding: settled.order };
        await journal.put(holding);
        seller?.keeper.adopt(holding);
      }
      const { close, ...rest } = settled;
      entries.push({ entry, ...rest, closed: close });
    }
    return { entries };
  } finally {
    await release();
  }
}

function failed(error: unknown): Settled {
  // A failure of our own making (a bug) must not pass for the provider's.
  if (!(error instanceof SmsError)) throw error;
  if (error instanceof OutcomeUnknownError) return { action: "unknown", close: true, error };
  return { action: "failed", close: false, error };
}

async function settle(
  provider: Provider,
  entry: JournalEntry,
  held: Set<string>,
  options: RecoverOptions,
): Promise<Settled> {
  if (entry.holding && isOrder(entry.holding)) {
    return settleOrder(
      provider,
      entry.holding,
      entry.stage === "cancelling" || options.cancelOpen === true,
      options,
    );
  }
  if (entry.operation === "renew") return settleRenewal(provider, entry, options);
  if (entry.operation === "buy" || entry.operation === "rent") {
    return settlePurchase(provider, entry, entry.operation, held, options);
  }
  return noRecord(
    provider.name,
    entry,
    `${provider.name} keeps no record a ${entry.operation} can be found by`,
  );
}

async function settleOrder(
  provider: Provider,
  order: Order,
  cancelOpen: boolean,
  options: RecoverOptions,
): Promise<Settled> {
  const latest = await look(provider, order, { signal: options.signal });
  const code = codeResult(latest);
  if (code) return { action: "code", close: true, order: latest, code: code.code };
  if (isFinal(latest)) return { action: "closed", close: true, order: latest };
  if (!cancelOpen || !provider.cancel) return { action: "open", close: false, order: latest };
  const outcome = await cancelWithGrace(provider, latest, options.cancelGraceMs);
  if (outcome.code) return { action: "code", close: true, order: outcome.order, code: outcome.code.code };
  if (outcome.cancelled) {
    return { action: "cancelled", close: true, order: outcome.order, refunded: outcome.refunded };
  }
  return {
    action: "failed",
    close: false,
    order: outcome.order,
    ...(outcome.failure ? { error: outcome.failure } : {}),
  };
}

async function settlePurchase(
  provider: Provider,
  entry: JournalEntry,
  operation: "buy" | "rent",
  held: Set<string>,
  options: RecoverOptions,
): Promise<Settled> {
  if (!provider.findPurchase) {
    return noRecord(
      provider.name,
      entry,
      `${provider.name} keeps no record a lost ${operation} can be found by`,
    );
  }
  const intent = {
    operation,
    request: entry.request as unknown as BuyRequest & RentRequest,
    startedAt: entry.startedAt,
    exclude: [...held],
  } as PurchaseIntent;
  const found = await provider.findPurchase(intent, { signal: options.signal });
  if ("found" in found) {
    held.add(found.found.id);
    if (isOrder(found.found)) {
      return settleOrder(provider, found.found, options.cancelOpen === true, options);
    }
    return { action: "found", close: true, rental: found.found };
  }
  const age = Date.now() - Date.parse(entry.startedAt);
  if (age >= (options.landingWindowMs ?? LANDING_WINDOW_MS)) return { action: "not-bought", close: true };
  return {
    action: "unknown",
    close: false,
    error: new OutcomeUnknownError(
      `${provider.name}: the ${operation} started at ${entry.startedAt} is not in the provider's record yet, but a request that recent may still land; recover again later`,
      { provider: provider.name, operation, known: { ...entry.request, startedAt: entry.startedAt } },
    ),
  };
}

async function settleRenewal(
  provider: Provider,
  entry: JournalEntry,
  options: RecoverOptions,
): Promise<Settled> {
  const rental = entry.request.rental as Rental | undefined;
  const was = Date.parse(String(entry.request.expiresAt ?? ""));
  if (!rental || !provider.getRental || Number.isNaN(was)) {
    return noRecord(provider.name, entry, "the rental had no expiry to compare");
  }
  const now = await provider.getRental(rental, { signal: options.signal });
  const expiry = Date.parse(now.expiresAt ?? "");
  if (expiry > was) return { action: "renewed", close: true, rental: now };
  const age = Date.now() - Date.parse(entry.startedAt);
  if (!Number.isNaN(expiry) && age >= (options.landingWindowMs ?? LANDING_WINDOW_MS)) {
    return { action: "not-renewed", close: true, rental: now };
  }
  return {
    action: "unknown",
    close: false,
    rental: now,
    error: new OutcomeUnknownError(
      `${provider.name}: the renewal of rental ${rental.id} started at ${entry.startedAt} has not moved its expiry yet, but it may still land; recover again later`,
      {
        provider: provider.name,
        operation: "renew",
        known: { rentalId: rental.id, startedAt: entry.startedAt },
      },
    ),
  };
}

/** Nothing the provider keeps can settle it: listed with its error, then closed (the report is its record). */
function noRecord(provider: ProviderName, entry: JournalEntry, why: string): Settled {
  const { rental: _rental, ...request } = entry.request;
  const error = new OutcomeUnknownError(
    `${provider}: the ${entry.operation} started at ${entry.startedAt} may or may not have been charged: ${why}. Check your ${provider} account.`,
    {
      provider,
      operation: entry.operation as PaidOperation,
      known: { ...request, startedAt: entry.startedAt },
    },
  );
  return { action: "unknown", close: true, error };
}
